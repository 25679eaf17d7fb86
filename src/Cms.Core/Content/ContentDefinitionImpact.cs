using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Storage;

namespace Cms.Core.Content;

/// <summary>
/// Counts the stored items each definition change touches, from the items as the session sees them (so a recipe's
/// earlier steps count). A value is held when some string, number, boolean or array entry is there: an empty part or
/// a field whose text is null or "" holds none, so removing it hides nothing.
/// </summary>
public static class ContentDefinitionImpact
{
    public static async Task<IReadOnlyList<ContentDefinitionChange>> MeasureAsync(
        IReadOnlyList<ContentDefinitionChange> changes, SqlSession storage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(storage);
        var itemsByType = new Dictionary<string, IReadOnlyList<ContentItem>>(StringComparer.Ordinal);
        var measured = new List<ContentDefinitionChange>(changes.Count);
        foreach (var change in changes)
        {
            if (change.ContentType is not { } type)
            {
                measured.Add(change);
                continue;
            }

            var ids = change.Kind switch
            {
                ContentDefinitionChangeKind.PartDetached or ContentDefinitionChangeKind.PartKindChanged
                    or ContentDefinitionChangeKind.FieldRemoved or ContentDefinitionChangeKind.FieldKindChanged =>
                    HoldingValues(await LoadOnceAsync(itemsByType, storage, type, cancellationToken), change),
                _ => await LiveContentItems.IdsAsync(storage, type, cancellationToken),
            };
            measured.Add(change with { Items = ids.Count, ItemIds = ids });
        }

        return measured;
    }

    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/> that make stored values unreachable, counted.</summary>
    public static async Task<IReadOnlyList<ContentDefinitionChange>> HiddenByAsync(
        ContentDefinitionDocument before, ContentDefinitionDocument after, SqlSession storage, CancellationToken cancellationToken)
    {
        var destructive = ContentDefinitionDiff.Compare(before, after).Where(c => ContentDefinitionChange.IsDestructive(c.Kind)).ToList();
        return destructive.Count == 0 ? [] : (await MeasureAsync(destructive, storage, cancellationToken)).Where(c => c.HidesData).ToList();
    }

    /// <summary>Items whose values the changes hide, each counted once.</summary>
    public static int CountItems(IEnumerable<ContentDefinitionChange> changes) =>
        changes.SelectMany(c => c.ItemIds).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Whether the JSON holds at least one value (see the class summary).</summary>
    public static bool HoldsValue(JsonNode? node) => node switch
    {
        null => false,
        JsonObject obj => obj.Any(p => HoldsValue(p.Value)),
        JsonArray array => array.Count > 0,
        JsonValue value when value.TryGetValue<string>(out var text) => text.Length > 0,
        _ => true,
    };

    private static HashSet<string> HoldingValues(IReadOnlyList<ContentItem> items, ContentDefinitionChange change) =>
        items.Where(item => HoldsValue(change.Field is null ? item.Content[change.Part!] : (item.Content[change.Part!] as JsonObject)?[change.Field]))
            .Select(item => item.ContentItemId)
            .ToHashSet(StringComparer.Ordinal);

    private static async Task<IReadOnlyList<ContentItem>> LoadOnceAsync(
        Dictionary<string, IReadOnlyList<ContentItem>> itemsByType, SqlSession storage, string type, CancellationToken cancellationToken)
    {
        if (!itemsByType.TryGetValue(type, out var items))
        {
            items = await LiveContentItems.LoadAsync(storage, type, cancellationToken);
            itemsByType[type] = items;
        }

        return items;
    }
}
