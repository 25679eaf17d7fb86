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

    /// <summary>The content types that have at least one live item, defined or not.</summary>
    public static async Task<IReadOnlyList<string>> TypesAsync(SqlSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var rows = await session.RowsAsync(
            $"SELECT DISTINCT i.ContentType FROM {Tables.ContentItemIndex} i WHERE {Live} ORDER BY i.ContentType", [], cancellationToken);
        return rows.Select(r => (string)r[0]!).ToList();
    }
}
