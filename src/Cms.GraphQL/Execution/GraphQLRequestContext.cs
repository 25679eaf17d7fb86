using Cms.Core.Media;
using Cms.Core.Definitions;
using Cms.Core.Settings;
using Cms.Core.Storage;
using Cms.GraphQL.DataLoading;
using Cms.GraphQL.Limits;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Cms.GraphQL.Execution;

/// <summary>
/// One request's state, reachable from every resolver: who asks, the read session (opened on first use;
/// resolvers run one at a time, so one connection suffices), and the batch loaders.
/// </summary>
internal sealed class GraphQLRequestContext : IAsyncDisposable
{
    public const string Key = "cms";

    private readonly DocumentStore _store;
    private ReadSession? _session;
    private LocalizationSettings? _siteCultures;

    public GraphQLRequestContext(DocumentStore store, ContentAccess access, GraphQLOptions options, ContentDefinitionDocument definitions)
    {
        _store = store;
        Access = access;
        Options = options;
        Definitions = definitions;
        Items = new ContentItemLoader(SessionAsync);
        Lists = new ListItemsLoader(SessionAsync, access, definitions.Types.Select(t => t.Name).ToList());
    }

    public ContentAccess Access { get; }

    public GraphQLOptions Options { get; }

    public ContentDefinitionDocument Definitions { get; }

    public ContentItemLoader Items { get; }

    /// <summary>The media library <c>mediaAssets</c> lists; null when the host has none.</summary>
    public MediaStore? Media { get; init; }

    /// <summary>The fields of each selection per object type, worked out once per request (see <see cref="CollectedFieldsStrategy"/>).</summary>
    public Dictionary<(IGraphType Type, GraphQLSelectionSet Selection), (GraphQLField Field, FieldType FieldType)[]> CollectedFields { get; } = [];

    /// <summary>Set when the request may repeat one validated before (see <see cref="ValidatedRequestCache"/>).</summary>
    public string? RepeatKey { get; set; }

    public ListItemsLoader Lists { get; }

    /// <summary>The cultures each field with a <c>culture</c> argument asked for, by the field's node (see Localization/).</summary>
    public Dictionary<GraphQLField, IReadOnlyList<string>> CulturePreferences { get; } = [];

    /// <summary>The site's cultures, read once per request.</summary>
    public async Task<LocalizationSettings> SiteCulturesAsync(CancellationToken cancellationToken) =>
        _siteCultures ??= LocalizationSettings.From(await SiteSettings.LoadAsync(await SessionAsync(cancellationToken), cancellationToken));

    /// <summary>SQL statements sent so far for this request (tests prove batching with it).</summary>
    public int CommandCount => _session?.CommandCount ?? 0;

    public static GraphQLRequestContext From(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(Key, out var value) && value is GraphQLRequestContext request
            ? request
            : throw new InvalidOperationException("The GraphQL request context is missing.");

    public async Task<ReadSession> SessionAsync(CancellationToken cancellationToken) =>
        _session ??= await _store.OpenSharedReadSessionAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
            _session = null;
        }
    }
}
