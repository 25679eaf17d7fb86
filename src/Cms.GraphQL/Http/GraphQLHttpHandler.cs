using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.GraphQL.Execution;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Cms.GraphQL.Http;

/// <summary>
/// The /api/graphql protocol: ExecuteGraphQL or 401; request parsing errors 400; a mutation over GET 405; persisted
/// queries; ETag and 304 for GET and persisted requests; the status and media type of the result
/// (<see cref="ResponseMediaType"/>).
/// </summary>
internal sealed class GraphQLHttpHandler
{
    private readonly GraphQLExecutor _executor;
    private readonly SecurityStore _security;
    private readonly DocumentStore _store;
    private readonly PersistedDocuments _persisted;
    private readonly GraphQLSerializer _serializer;

    public GraphQLHttpHandler(GraphQLExecutor executor, SecurityStore security, DocumentStore store, PersistedDocuments persisted)
    {
        _executor = executor;
        _security = security;
        _store = store;
        _persisted = persisted;
        _serializer = new GraphQLSerializer(new global::GraphQL.Execution.ErrorInfoProvider(o => o.ExposeExceptionDetails = executor.Options.ExposeExceptions));
    }

    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        if (HttpMethods.IsPost(http.Request.Method) && !GraphQLHttpRequest.IsSupportedPostBody(http.Request.ContentType))
        {
            await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType,
                $"POST a JSON body (Content-Type: application/json) or the query as application/graphql; the Content-Type was '{http.Request.ContentType}'.",
                "UNSUPPORTED_MEDIA_TYPE");
            return;
        }

        var (user, authorization) = await AuthorizeAsync(http, cancellationToken);
        if (authorization is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, "Authorization is required to execute GraphQL queries.",
                "UNAUTHORIZED", ContentTypePermissionNumber);
            return;
        }

        var options = _executor.Options;
        var (request, error) = await GraphQLHttpRequest.ReadAsync(http.Request, options, cancellationToken);
        if (request is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, error!, "INVALID_REQUEST");
            return;
        }

        var resolved = await _persisted.ResolveAsync(request, cancellationToken);
        if (resolved.Query is not { } query)
        {
            await WriteErrorAsync(http, resolved.Status, resolved.Message!, resolved.Code!);
            return;
        }

        if (query.Length > options.MaxQueryLength)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest,
                $"The query is longer than {options.MaxQueryLength} characters (limit Cms:GraphQL:MaxQueryLength).", "QUERY_TOO_LONG");
            return;
        }

        if (HttpMethods.IsGet(http.Request.Method) && MutationOverGet.Selects(query, request.OperationName))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, "A mutation cannot be sent with GET: use POST.", "METHOD_NOT_ALLOWED");
            return;
        }

        Inputs? variables;
        try
        {
            variables = request.Variables is null ? null : _serializer.Deserialize<Inputs>(request.Variables);
        }
        catch (JsonException exception)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, $"'variables' is not valid JSON: {exception.Message}", "INVALID_REQUEST");
            return;
        }

        var cacheable = HttpMethods.IsGet(http.Request.Method) || request.PersistedQueryHash is not null || request.DocumentId is not null;
        string? etag = null;
        if (cacheable)
        {
            etag = await ETagAsync(request, query, user, cancellationToken);
            if (IfNoneMatchMatches(http.Request, etag))
            {
                WriteCacheHeaders(http, etag, user);
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        var outcome = await _executor.ExecuteAsync(query, variables, request.Variables, request.OperationName, user, authorization, cancellationToken);
        if (request.PersistedQueryHash is { } stored && request.Query is not null && outcome.Result.Executed)
        {
            await _persisted.RememberAsync(stored, query, cancellationToken);
        }

        if (etag is not null && outcome.StatusCode == StatusCodes.Status200OK)
        {
            WriteCacheHeaders(http, etag, user);
        }

        var media = ResponseMediaType.From(http.Request);
        http.Response.StatusCode = media.StatusFor(outcome);
        http.Response.ContentType = media.ContentType;
        await _serializer.WriteAsync(http.Response.Body, outcome.Result, cancellationToken);
    }

    /// <summary>The SDL of the schema the caller would query, for codegen tools; same permission as queries.</summary>
    public async Task HandleSchemaAsync(HttpContext http)
    {
        var (_, authorization) = await AuthorizeAsync(http, http.RequestAborted);
        if (authorization is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, "Authorization is required to execute GraphQL queries.",
                "UNAUTHORIZED", ContentTypePermissionNumber);
            return;
        }

        var built = await _executor.GetSchemaAsync(http.RequestAborted);
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(built.Schema.Print(), http.RequestAborted);
    }

    private const string ContentTypePermissionNumber = Limits.ContentTypePermissionRule.Unauthorized;

    private async Task<(CmsPrincipal User, CmsAuthorizationService? Authorization)> AuthorizeAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var user = CmsClaims.ToPrincipal(http.User);
        var authorization = await _security.GetAuthorizationAsync(cancellationToken);
        return (user, authorization.HasPermission(user, PermissionCatalog.ExecuteGraphQL.Name) ? authorization : null);
    }

    /// <summary>Same request, same stored data, same caller and roles: same answer.</summary>
    private async Task<string> ETagAsync(GraphQLHttpRequest request, string query, CmsPrincipal user, CancellationToken cancellationToken)
    {
        var stamp = await ContentVersionStamp.ReadAsync(_store, cancellationToken);
        var key = string.Join('\n', query, request.OperationName, request.Variables, stamp, user.UserId, string.Join(',', user.RoleNames));
        return "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32] + "\"";
    }

    /// <summary>
    /// RFC 9110 13.1.2: If-None-Match compares weakly, so W/"x" (what nginx sends back after it compressed our "x")
    /// matches, as does any tag of a list and "*".
    /// </summary>
    private static bool IfNoneMatchMatches(HttpRequest request, string etag)
    {
        var current = new EntityTagHeaderValue(etag);
        return request.GetTypedHeaders().IfNoneMatch.Any(tag =>
            tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }

    private void WriteCacheHeaders(HttpContext http, string etag, CmsPrincipal user)
    {
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = user.IsAuthenticated
            ? "private, no-cache"
            : $"public, max-age={_executor.Options.CacheMaxAgeSeconds}, must-revalidate";
        headers.Vary = new[] { HeaderNames.Authorization, HeaderNames.Cookie, HeaderNames.Accept };
    }

    private static async Task WriteErrorAsync(HttpContext http, int status, string message, string code, string? number = null)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = ResponseMediaType.From(http.Request).ContentType;
        await using var writer = new Utf8JsonWriter(http.Response.Body);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteStartObject("extensions");
        writer.WriteString("code", code);
        writer.WriteStartArray("codes");
        writer.WriteStringValue(code);
        writer.WriteEndArray();
        if (number is not null)
        {
            writer.WriteString("number", number);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(http.RequestAborted);
    }
}
