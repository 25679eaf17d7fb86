using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;
using Cms.Core.Storage;

namespace Cms.Core.Content;

/// <summary>
/// The one path by which an item version reaches the store: derive and validate (for content changes),
/// keep routes and aliases unique among live items, check picked items' types, then write the
/// document and its index rows together.
/// </summary>
internal sealed class ContentItemSaver
{
    private const int MaxRouteSuffix = 1000;
    private readonly ContentItemValidator _validator;

    public ContentItemSaver(ContentItemValidator validator)
    {
        _validator = validator;
    }

    /// <summary>
    /// Saves a version. With <paramref name="contentChanged"/> the item is prepared and validated first;
    /// a change of flags only (publish, demote, remove) re-indexes without re-validating old content.
    /// </summary>
    public async Task SaveAsync(ContentSession session, ContentItem item, bool contentChanged, CancellationToken cancellationToken)
    {
        var definitions = session.Definitions;
        var result = new ContentValidationResult();
        var pathWasGenerated = false;
        if (contentChanged)
        {
            var container = await LoadContainerAsync(session.Storage, item, cancellationToken);
            pathWasGenerated = item.GetPart("AutoroutePart") is { } route && string.IsNullOrEmpty(SettingsReader.AsString(route["Path"]));
            result.AddRange(_validator.Validate(definitions, item, container).Errors);
        }

        var entries = _validator.BuildIndexEntries(definitions, item);
        if (item.Latest || item.Published)
        {
            await CheckRouteAsync(session.Storage, item, entries, pathWasGenerated, result, cancellationToken);
            await CheckAliasAsync(session.Storage, item, entries, result, cancellationToken);
            if (contentChanged)
            {
                await CheckPickedTypesAsync(session.Storage, entries, result, cancellationToken);
            }
        }

        if (!result.IsValid)
        {
            throw new ContentValidationException(result.Errors);
        }

        await session.Storage.SaveContentItemAsync(item, entries, cancellationToken);
    }

    /// <summary>Rewrites the index rows of every live item of a type (after its definition changed).</summary>
    public async Task ReindexTypeAsync(ContentSession session, string contentType, CancellationToken cancellationToken)
    {
        var items = await session.Storage.LoadContentItemsAsync(
            "i.ContentType = @type AND (i.Latest = 1 OR i.Published = 1)", [("@type", contentType)], cancellationToken);
        foreach (var item in items)
        {
            await session.Storage.ReindexContentItemAsync(item, _validator.BuildIndexEntries(session.Definitions, item), cancellationToken);
        }
    }

    private static async Task<ContentItem?> LoadContainerAsync(SqlSession storage, ContentItem item, CancellationToken cancellationToken) =>
        item.GetPart("ContainedPart")?["ListContentItemId"] is JsonValue value && value.TryGetValue<string>(out var listId) && listId.Length > 0
            ? await storage.GetContentItemAsync(listId, VersionOptions.Latest, cancellationToken)
            : null;

    private static async Task CheckRouteAsync(SqlSession storage, ContentItem item, ContentIndexEntries entries, bool generated,
        ContentValidationResult result, CancellationToken cancellationToken)
    {
        if (entries.RoutePath is not { Length: > 0 } path)
        {
            return;
        }

        var candidate = path;
        for (var suffix = 2; await RouteTakenAsync(storage, candidate, item.ContentItemId, cancellationToken); suffix++)
        {
            if (!generated || suffix > MaxRouteSuffix)
            {
                result.Add("/AutoroutePart/Path", $"Your permalink '{path}' is already in use.");
                return;
            }

            candidate = $"{path}-{suffix}";
        }

        if (!string.Equals(candidate, path, StringComparison.Ordinal))
        {
            item.GetOrCreatePart("AutoroutePart")["Path"] = candidate;
            entries.RoutePath = candidate;
        }
    }

    private static async Task<bool> RouteTakenAsync(SqlSession storage, string path, string contentItemId, CancellationToken cancellationToken)
    {
        var owner = await storage.ScalarAsync(
            $"SELECT ContentItemId FROM {Tables.AutoroutePartIndex} WHERE Path = @path AND ContentItemId <> @id " +
            "AND (Published = 1 OR Latest = 1) LIMIT 1",
            [("@path", path), ("@id", contentItemId)], cancellationToken);
        return owner is string;
    }

    private static async Task CheckAliasAsync(SqlSession storage, ContentItem item, ContentIndexEntries entries,
        ContentValidationResult result, CancellationToken cancellationToken)
    {
        if (entries.Alias is not { Length: > 0 } alias)
        {
            return;
        }

        var owner = await storage.ScalarAsync(
            $"SELECT ContentItemId FROM {Tables.AliasPartIndex} WHERE Alias = @alias AND ContentItemId <> @id " +
            "AND (Published = 1 OR Latest = 1) LIMIT 1",
            [("@alias", alias.ToLowerInvariant()), ("@id", item.ContentItemId)], cancellationToken);
        if (owner is string)
        {
            result.Add("/AliasPart/Alias", $"The alias '{alias}' is already in use.");
        }
    }

    private static async Task CheckPickedTypesAsync(SqlSession storage, ContentIndexEntries entries,
        ContentValidationResult result, CancellationToken cancellationToken)
    {
        var restricted = entries.ContentPickers.Where(p => p.AllowedContentTypes.Count > 0).ToList();
        if (restricted.Count == 0)
        {
            return;
        }

        var ids = restricted.Select(p => p.SelectedContentItemId).Distinct(StringComparer.Ordinal).ToList();
        var names = ids.Select((_, index) => $"@id{index}").ToList();
        var rows = await storage.RowsAsync(
            $"SELECT ContentItemId, ContentType FROM {Tables.ContentItemIndex} WHERE ContentItemId IN ({string.Join(", ", names)}) " +
            "AND (Latest = 1 OR Published = 1)",
            names.Select((name, index) => (name, (object?)ids[index])).ToList(), cancellationToken);
        var types = rows.GroupBy(r => (string)r[0]!).ToDictionary(g => g.Key, g => (string)g.First()[1]!, StringComparer.Ordinal);
        foreach (var picked in restricted)
        {
            // A picked item that does not exist (yet) is allowed: recipes may import it later.
            if (types.TryGetValue(picked.SelectedContentItemId, out var type) &&
                !picked.AllowedContentTypes.Contains(type, StringComparer.Ordinal))
            {
                result.Add($"/{picked.ContentPart}/{picked.ContentField}/ContentItemIds",
                    $"The item '{picked.SelectedContentItemId}' is a {type}; this field accepts {string.Join(", ", picked.AllowedContentTypes)}.");
            }
        }
    }
}
