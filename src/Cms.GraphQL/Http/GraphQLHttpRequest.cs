using System.Text;
using System.Text.Json;
using Cms.GraphQL.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Cms.GraphQL.Http;

/// <summary>
/// A GraphQL request as sent over HTTP (REFERENCE 1.1): POST JSON, POST application/graphql, or GET with the query
/// string; the variables and extensions stay raw JSON until the executor and the persisted-query cache read them.
/// A registered document is named by Apollo's <c>extensions.persistedQuery.sha256Hash</c> or by <c>documentId</c>
/// (the GraphQL-over-HTTP persisted documents proposal).
/// </summary>
internal sealed record GraphQLHttpRequest(string? Query, string? OperationName, string? Variables, string? PersistedQueryHash,
    string? DocumentId = null)
{
    public static async Task<(GraphQLHttpRequest? Request, string? Error)> ReadAsync(
        HttpRequest http, GraphQLOptions options, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(http.Method))
        {
            return FromQueryString(http);
        }

        if (!HttpMethods.IsPost(http.Method))
        {
            return (null, "Unable to create a GraphQL request from this request: use GET or POST.");
        }

        var (body, error) = await ReadBodyAsync(http, options, cancellationToken);
        if (body is null)
        {
            return (null, error);
        }

        return IsGraphQLBody(http.ContentType) ? (new GraphQLHttpRequest(body, null, null, null), null) : FromJson(body);
    }

    /// <summary>
    /// What a POST may carry: JSON (application/json or a +json type) or the query as application/graphql. Anything
    /// else is refused (415), never read from the query string: a text/plain or form POST is one a browser sends
    /// from any site without asking, with the editor's cookie.
    /// </summary>
    public static bool IsSupportedPostBody(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType) &&
        (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
         mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase) || IsGraphQLBody(contentType));

    private static bool IsGraphQLBody(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType) &&
        mediaType.MediaType.Equals("application/graphql", StringComparison.OrdinalIgnoreCase);

    private static (GraphQLHttpRequest?, string?) FromQueryString(HttpRequest http)
    {
        var query = http.Query["query"].ToString();
        var (hash, error) = PersistedHash(http.Query["extensions"].ToString());
        if (error is not null)
        {
            return (null, error);
        }

        var documentId = NullIfEmpty(http.Query["documentId"].ToString());
        if (query.Length == 0 && hash is null && documentId is null)
        {
            return (null, "The 'query' query string parameter is missing.");
        }

        var variables = http.Query["variables"].ToString();
        if (variables.Length > 0 && !variables.TrimStart().StartsWith('{') && variables.Trim() != "null")
        {
            return (null, "'variables' must be a JSON object.");
        }

        return (new GraphQLHttpRequest(query.Length == 0 ? null : query, NullIfEmpty(http.Query["operationName"].ToString()),
            NullIfEmpty(variables), hash, documentId), null);
    }

    private static (GraphQLHttpRequest?, string?) FromJson(string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            return (null, $"The request body is not valid JSON: {exception.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "The request body must be a JSON object with a 'query'.");
            }

            var root = document.RootElement;
            if (WrongKind(root) is { } wrong)
            {
                return (null, wrong);
            }

            string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var variables = root.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object ? v.GetRawText() : null;
            var (hash, error) = root.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
                ? PersistedHash(extensions.GetRawText())
                : (null, null);
            if (error is not null)
            {
                return (null, error);
            }

            var query = Text("query");
            var documentId = Text("documentId");
            if (string.IsNullOrEmpty(query) && hash is null && string.IsNullOrEmpty(documentId))
            {
                return (null, "The request has no 'query'.");
            }

            return (new GraphQLHttpRequest(string.IsNullOrEmpty(query) ? null : query, Text("operationName"), variables, hash,
                string.IsNullOrEmpty(documentId) ? null : documentId), null);
        }
    }

    /// <summary>The first request parameter of the wrong JSON kind (GraphQL over HTTP: a 400 naming it); null when all are right.</summary>
    private static string? WrongKind(JsonElement root)
    {
        (string Name, JsonValueKind Kind, string Expected)[] parameters =
        [
            ("query", JsonValueKind.String, "a string"),
            ("operationName", JsonValueKind.String, "a string"),
            ("variables", JsonValueKind.Object, "a JSON object"),
            ("extensions", JsonValueKind.Object, "a JSON object"),
            ("documentId", JsonValueKind.String, "a string"),
        ];
        foreach (var (name, kind, expected) in parameters)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind != kind && value.ValueKind != JsonValueKind.Null)
            {
                return $"'{name}' must be {expected}, not {value.ValueKind.ToString().ToLowerInvariant()}.";
            }
        }

        return null;
    }

    /// <summary>The Apollo persisted-query hash (<c>extensions.persistedQuery.sha256Hash</c>), if any.</summary>
    private static (string? Hash, string? Error) PersistedHash(string extensions)
    {
        if (extensions.Length == 0)
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(extensions);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                return (null, null);
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "'extensions' must be a JSON object.");
            }

            if (document.RootElement.TryGetProperty("persistedQuery", out var persisted) && persisted.ValueKind == JsonValueKind.Object)
            {
                return persisted.TryGetProperty("sha256Hash", out var hash) && hash.ValueKind == JsonValueKind.String
                    ? (hash.GetString()!.ToLowerInvariant(), null)
                    : (null, "'extensions.persistedQuery' needs a 'sha256Hash'.");
            }

            return (null, null);
        }
        catch (JsonException exception)
        {
            return (null, $"'extensions' is not valid JSON: {exception.Message}");
        }
    }

    private static async Task<(string? Body, string? Error)> ReadBodyAsync(HttpRequest http, GraphQLOptions options, CancellationToken cancellationToken)
    {
        if (http.ContentLength > options.MaxRequestBytes)
        {
            return (null, $"The request body is larger than {options.MaxRequestBytes} bytes.");
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > options.MaxRequestBytes)
            {
                return (null, $"The request body is larger than {options.MaxRequestBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return (Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
