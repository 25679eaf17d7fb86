using System.Globalization;
using Cms.Core.ContentModel;

namespace Cms.Core.Storage;

/// <summary>
/// The live versions of items (latest or published) by content type, whether or not the type is still defined: what
/// definition changes would hide, and what a full export must keep.
/// </summary>
public static class LiveContentItems
{
    private const string Live = "(i.Latest = 1 OR i.Published = 1)";

    /// <summary>How many items of the type have a live version.</summary>
    public static async Task<int> CountAsync(SqlSession session, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var count = await session.ScalarAsync(
            $"SELECT COUNT(DISTINCT i.ContentItemId) FROM {Tables.ContentItemIndex} i WHERE i.ContentType = @type AND {Live}",
            [("@type", contentType)], cancellationToken);
        return Convert.ToInt32(count, CultureInfo.InvariantCulture);
    }

    /// <summary>The ids of the type's items that have a live version.</summary>
    public static async Task<IReadOnlySet<string>> IdsAsync(SqlSession session, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var rows = await session.RowsAsync(
            $"SELECT DISTINCT i.ContentItemId FROM {Tables.ContentItemIndex} i WHERE i.ContentType = @type AND {Live}",
            [("@type", contentType)], cancellationToken);
        return rows.Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every live version of the type's items (an item with a draft and a published version appears twice).</summary>
    public static Task<IReadOnlyList<ContentItem>> LoadAsync(SqlSession session, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.LoadContentItemsAsync($"i.ContentType = @type AND {Live}", [("@type", contentType)], cancellationToken, orderBy: null);
    }

    /// <summary>Every live version of the type's items, in the order they were stored (a re-index after a definition change).</summary>
    public static Task<IReadOnlyList<ContentItem>> LoadInStoredOrderAsync(SqlSession session, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.LoadContentItemsAsync($"i.ContentType = @type AND {Live}", [("@type", contentType)], cancellationToken);
    }

    /// <summary>The live versions of one item (its latest, and its published version when that is another), oldest first.</summary>
    public static Task<IReadOnlyList<ContentItem>> LoadOfItemAsync(SqlSession session, string contentItemId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.LoadContentItemsAsync($"i.ContentItemId = @id AND {Live}", [("@id", contentItemId)], cancellationToken);
    }

    /// <summary>
    /// The live versions of these items, plus these versions whatever their state (an import names both): one query, the
    /// lists padded to a few sizes so the statement's text repeats.
    /// </summary>
    public static Task<IReadOnlyList<ContentItem>> LoadOfItemsOrVersionsAsync(SqlSession session,
        IReadOnlyList<string> contentItemIds, IReadOnlyList<string> contentItemVersionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var parameters = new List<(string Name, object? Value)>();
        var ids = SqlInList.Add(parameters, "@i", contentItemIds);
        var versionCondition = contentItemVersionIds.Count == 0 ? "" : $" OR i.ContentItemVersionId IN ({SqlInList.Add(parameters, "@v", contentItemVersionIds)})";
        return session.LoadContentItemsAsync(
            $"i.ContentItemId IN ({ids}) AND (i.Latest = 1 OR i.Published = 1{versionCondition})", parameters, cancellationToken);
    }

    /// <summary>The content types that have at least one live item, defined or not.</summary>
    public static async Task<IReadOnlyList<string>> TypesAsync(SqlSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var rows = await session.RowsAsync(
            $"SELECT DISTINCT i.ContentType FROM {Tables.ContentItemIndex} i WHERE {Live} ORDER BY i.ContentType", [], cancellationToken);
        return rows.Select(r => (string)r[0]!).ToList();
    }
}
