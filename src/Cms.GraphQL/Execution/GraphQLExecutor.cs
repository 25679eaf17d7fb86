using Cms.Core.Media;
using Cms.Core.Querying;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.GraphQL.Limits;
using Cms.GraphQL.Schema;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cms.GraphQL.Execution;

/// <summary>
/// Runs one GraphQL request over the current schema with the limits and the permission rule, resolving fields
/// one at a time (one read connection per request) so the batch loaders see every key of a level.
/// </summary>
internal sealed class GraphQLExecutor
{
    private readonly ContentSchemaProvider _schemas;
    private readonly DocumentStore _store;
    private readonly GraphQLOptions _options;
    private readonly ILogger<GraphQLExecutor>? _logger;
    private readonly DocumentExecuter _executer;
    private readonly IValidationRule[] _rules;
    private readonly IValidationRule[] _requestRules;
    private readonly ValidatedDocumentCache _documents;
    private readonly MediaStore? _media;

    public GraphQLExecutor(ContentSchemaProvider schemas, DocumentStore store, IOptions<GraphQLOptions> options, ILogger<GraphQLExecutor>? logger = null,
        MediaStore? media = null)
    {
        _schemas = schemas;
        _store = store;
        _media = media;
        _options = options.Value;
        _logger = logger;
        _executer = new DocumentExecuter(
            new GraphQLDocumentBuilder { MaxDepth = Math.Max(128, _options.MaxDepth * 4) },
            new RepeatedRequestValidator(new DocumentValidator(), new ValidatedRequestCache(_options.PersistedQueryCacheSize)),
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(CollectedFieldsStrategy.Instance, OperationType.Query)]),
            []);
        // The caller's permissions and the limits (which read arguments, so variables) are checked on every request.
        var requestRules = new List<IValidationRule>
        {
            ContentTypePermissionRule.Instance,
            FieldPermissionRule.Instance,
            new MaxNumberOfResultsRule(_options.MaxNumberOfResults),
            new DocumentSizeRule(_options.MaxFields, _options.MaxAliases),
            new ComplexityValidationRule(QueryCost.Options(_options,
                cost => _logger?.LogDebug("GraphQL query cost {Cost} (limit Cms:GraphQL:MaxComplexity {Limit})", cost, _options.MaxComplexity))),
        };
        if (!_options.EnableIntrospection)
        {
            requestRules.Add(NoIntrospectionValidationRule.Instance);
        }

        _requestRules = [.. requestRules];
        _rules = [.. DocumentValidator.CoreRules, .. requestRules];
        _documents = new ValidatedDocumentCache(_options.PersistedQueryCacheSize);
    }

    public GraphQLOptions Options => _options;

    /// <summary>Raised after each execution with the number of SQL statements it sent (tests prove batching with it).</summary>
    public event Action<int>? Executed;

    /// <param name="variablesJson">The variables as the client sent them: with the rest of the request, the key of a repeat.</param>
    public async Task<GraphQLOutcome> ExecuteAsync(string query, Inputs? variables, string? variablesJson, string? operationName,
        CmsPrincipal user, CmsAuthorizationService authorization, CancellationToken cancellationToken)
    {
        var built = await _schemas.GetAsync(cancellationToken);
        await using var request = new GraphQLRequestContext(_store, new ContentAccess(authorization, user), _options, built.Definitions)
        {
            Media = _media,
        };
        var cached = _documents.Find(built.Schema, query);
        // Only a document that passed the static rules can be a repeat; the validator looks the rest up by this key.
        request.RepeatKey = cached is null ? null : ValidatedRequestCache.Key(query, operationName, variablesJson, CallerStamp(user, authorization));
        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = built.Schema,
            Query = query,
            Document = cached,
            Variables = variables,
            OperationName = operationName,
            UserContext = new Dictionary<string, object?> { [GraphQLRequestContext.Key] = request },
            ValidationRules = cached is null ? _rules : _requestRules,
            CancellationToken = cancellationToken,
            UnhandledExceptionDelegate = context =>
            {
                if (context.OriginalException is ContentQueryException queryException)
                {
                    context.ErrorMessage = queryException.Message;
                }
                else if (context.OriginalException is StoreUnavailableException unavailable)
                {
                    // Not the resolver's fault: the request answers 503 and may be retried.
                    context.ErrorMessage = $"The store is busy or unavailable: {unavailable.Message}";
                }
                else
                {
                    _logger?.LogError(context.OriginalException, "A GraphQL resolver failed");
                }

                return Task.CompletedTask;
            },
        });
        if (cached is null && result.Executed && result.Document is { } document)
        {
            _documents.Add(built.Schema, query, document);
        }

        Executed?.Invoke(request.CommandCount);
        return new GraphQLOutcome(result, StatusFor(result));
    }

    /// <summary>Everything about the caller the per-request rules read: who, in which roles, under which roles and definitions.</summary>
    private static string CallerStamp(CmsPrincipal user, CmsAuthorizationService authorization) =>
        string.Join('\u001e', user.UserId, string.Join(',', user.RoleNames), authorization.Version);

    public async Task<BuiltSchema> GetSchemaAsync(CancellationToken cancellationToken) => await _schemas.GetAsync(cancellationToken);

    private static int StatusFor(ExecutionResult result)
    {
        if (result.Errors is not { Count: > 0 } errors)
        {
            return 200;
        }

        if (errors.Any(e => e.InnerException is StoreUnavailableException))
        {
            return 503;
        }

        return errors.Any(e => e is ValidationError { Number: ContentTypePermissionRule.Unauthorized }) ? 401 : 400;
    }
}
