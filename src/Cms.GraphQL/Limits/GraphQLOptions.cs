using System.ComponentModel.DataAnnotations;
using Cms.Core.Media;
using Cms.Core.Querying;

namespace Cms.GraphQL.Limits;

/// <summary>Configuration section <c>Cms:GraphQL</c>: limits, caching and media settings of the endpoint.</summary>
public sealed class GraphQLOptions
{
    public const string SectionName = "Cms:GraphQL";

    /// <summary>Deepest selection nesting accepted (Orchard: 100; ours is safe by default). Default 15.</summary>
    [Range(1, 1000)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Largest cost accepted: each field costs 1, multiplied by the pages the lists above it can return (see
    /// <see cref="NestedListCost"/>); introspection is costed by the schema, not by pages. Default 100,000.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxComplexity { get; set; } = 100_000;

    /// <summary>Page size when <c>first</c> is absent or 0. Default 100.</summary>
    [Range(1, 100_000)]
    public int DefaultNumberOfResults { get; set; } = 100;

    /// <summary>
    /// Items a nested list (bag, picker, media files, terms, list children) counts for in the cost when the query
    /// gives no <c>first</c>/<c>last</c> and its definition allows more than one. Default 10.
    /// </summary>
    [Range(1, 100_000)]
    public int NestedListCost { get; set; } = 10;

    /// <summary>Largest <c>first</c>/<c>last</c> accepted, enforced with an error. Default 1000.</summary>
    [Range(1, 100_000)]
    public int MaxNumberOfResults { get; set; } = 1000;

    /// <summary>Longest query text accepted, in characters. Default 100,000.</summary>
    [Range(1, 10_000_000)]
    public int MaxQueryLength { get; set; } = 100_000;

    /// <summary>Largest request body read, in bytes. Default 2 MiB.</summary>
    [Range(1, 100_000_000)]
    public int MaxRequestBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Most aliased fields in one document. Default 100.</summary>
    [Range(0, 100_000)]
    public int MaxAliases { get; set; } = 100;

    /// <summary>Most field selections in one document (fragments counted where they are written). Default 2000.</summary>
    [Range(1, 1_000_000)]
    public int MaxFields { get; set; } = 2000;

    /// <summary>Longest string in a <c>where</c> argument (<c>displayText_contains</c> and every other filter), in characters. Default 1,000.</summary>
    [Range(1, ContentQueryLimits.MaxTextLength)]
    public int MaxFilterStringLength { get; set; } = 1000;

    /// <summary>Most values in one <c>_in</c> / <c>_not_in</c> list of a <c>where</c> argument. Default 1,000.</summary>
    [Range(1, ContentQueryLimits.MaxListLength)]
    public int MaxFilterListLength { get; set; } = 1000;

    /// <summary>Whether <c>__schema</c>/<c>__type</c> are answered (to callers holding ExecuteGraphQL). Default true.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Whether error messages carry exception details (development only). Default false.</summary>
    public bool ExposeExceptions { get; set; }

    /// <summary>How long shared caches may keep an anonymous GET answer before revalidating, in seconds. Default 0.</summary>
    [Range(0, 31_536_000)]
    public int CacheMaxAgeSeconds { get; set; }

    /// <summary>How many persisted query texts are kept (Apollo APQ). Default 1000.</summary>
    [Range(1, 1_000_000)]
    public int PersistedQueryCacheSize { get; set; } = 1000;

    /// <summary>
    /// Most APQ texts kept in the store for every node. Any caller may register one, so the oldest registered are removed
    /// first past this count: the table churns but never grows. Default 5,000.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxStoredPersistedQueries { get; set; } = 5000;

    /// <summary>
    /// Longest APQ text stored, in characters: a longer one still runs, sent in full each time. With
    /// <see cref="MaxStoredPersistedQueries"/> it bounds what callers can make the store hold (default ~50 MB). Default 10,000.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxPersistedQueryLength { get; set; } = 10_000;

    /// <summary>
    /// Trusted documents only: only queries registered from a manifest (<c>cms graphql register</c>) run, by hash,
    /// <c>documentId</c> or full text; APQ registration is refused. Default false.
    /// </summary>
    public bool PersistedOnly { get; set; }

    /// <summary>Public URL prefix of media files (MediaField url, mediaAssets path). Default "/media"; the host sets it to <c>Cms:Media:PublicBaseUrl</c> when that is given.</summary>
    [Required]
    public string MediaBaseUrl { get; set; } = "/media";

    /// <summary>
    /// The <c>Cms:Media</c> rules a MediaField's <c>url(width: ...)</c> and <c>srcset</c> are checked against, so the URLs
    /// they give are ones /media answers; set by the host (not read from <c>Cms:GraphQL</c>).
    /// </summary>
    public MediaOptions MediaResizing { get; internal set; } = new();
}
