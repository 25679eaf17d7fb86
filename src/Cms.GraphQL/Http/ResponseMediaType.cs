using Cms.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Cms.GraphQL.Http;

/// <summary>
/// The media type of an answer, chosen from the request's Accept header as GraphQL over HTTP describes.
/// <c>application/graphql-response+json</c>, when the client prefers it, comes with the spec's status codes: 200 for
/// every request that executed (field errors included), 400 for a document that failed to parse or validate.
/// Otherwise (no Accept, <c>application/json</c>, <c>*/*</c>) the answer keeps Orchard's <c>application/json</c>
/// and its rule: 400 whenever the result carries errors. Front ends written for Orchard rely on that rule.
/// </summary>
internal sealed record ResponseMediaType(string ContentType, bool ExecutedIsSuccess)
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static ResponseMediaType Json { get; } = new("application/json", ExecutedIsSuccess: false);

    public static ResponseMediaType GraphQLResponse { get; } = new(GraphQLResponseJson + "; charset=utf-8", ExecutedIsSuccess: true);

    /// <summary>The supported type of highest quality (the first listed among equals); JSON when none is named.</summary>
    public static ResponseMediaType From(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept;
        foreach (var media in accepted.OrderByDescending(m => m.Quality ?? 1))
        {
            if (media.Quality == 0)
            {
                continue;
            }

            if (media.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            if (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.MatchesAllTypes ||
                media.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return Json;
            }
        }

        return Json;
    }

    /// <summary>The status of an executed request: 401 and 200 as the executor says; otherwise 400 unless execution ran.</summary>
    public int StatusFor(GraphQLOutcome outcome) =>
        ExecutedIsSuccess && outcome.StatusCode == StatusCodes.Status400BadRequest && outcome.Result.Executed
            ? StatusCodes.Status200OK
            : outcome.StatusCode;
}
