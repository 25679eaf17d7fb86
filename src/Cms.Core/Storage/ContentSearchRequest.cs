using Cms.Core.Querying;

namespace Cms.Core.Storage;

/// <summary>A ranked full-text search over the item index: the words, which versions, which types, and who may see what.</summary>
public sealed class ContentSearchRequest
{
    public required SearchQuery Query { get; init; }

    /// <summary>Items carrying another culture are left out; items without one are kept. Null: every culture.</summary>
    public string? Culture { get; init; }

    /// <summary>Types to include; empty means every type.</summary>
    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    public ContentStatus Status { get; init; } = ContentStatus.Published;

    /// <summary>The caller's row rule (owner, types it may read), as for every other read.</summary>
    public ContentFilter? Where { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 20;

    internal ContentQuery AsContentQuery() => new() { ContentTypes = ContentTypes, Status = Status, Where = Where };
}
