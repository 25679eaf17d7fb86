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
        var container = contentChanged ? await LoadContainerAsync(session.Storage, item, cancellationToken) : null;
        var prepared = contentChanged
            ? Prepare(session.Definitions, item, container)
            : new PreparedVersion(new ContentValidationResult(), _validator.BuildIndexEntries(session.Definitions, item), false);
        await CheckAsync(new StoreSaveLookups(session.Storage), item, prepared, contentChanged, cancellationToken);
        await session.Storage.SaveContentItemAsync(item, prepared.Entries, cancellationToken);
    }

    /// <summary>The store-free part of saving changed content: derive and validate, then map to index rows. Safe in parallel.</summary>
    public PreparedVersion Prepare(ContentDefinitionDocument definitions, ContentItem item, ContentItem? container)
    {
        var generated = item.GetPart("AutoroutePart") is { } route && string.IsNullOrEmpty(SettingsReader.AsString(route["Path"]));
        var result = new ContentValidationResult();
        result.AddRange(_validator.Validate(definitions, item, container).Errors);
        return new PreparedVersion(result, _validator.BuildIndexEntries(definitions, item), generated);
    }

    /// <summary>
    /// Keeps routes and aliases unique among live items and checks picked items' types (for changed content),
    /// then throws every error found, the validation's first.
    /// </summary>
    public static async Task CheckAsync(ISaveLookups lookups, ContentItem item, PreparedVersion prepared, bool contentChanged,
        CancellationToken cancellationToken)
    {
        var (result, entries, pathWasGenerated) = prepared;
        if (item.Latest || item.Published)
        {
            await CheckRouteAsync(lookups, item, entries, pathWasGenerated, result, cancellationToken);
            await CheckAliasAsync(lookups, item, entries, result, cancellationToken);
            if (contentChanged)
            {
                await CheckPickedTypesAsync(lookups, entries, result, cancellationToken);
            }
        }

        if (!result.IsValid)
        {
            throw new ContentValidationException(result.Errors);
        }
    }

    /// <summary>The id of the list the item is contained in (ContainedPart), or null.</summary>
    public static string? ContainerId(ContentItem item) =>
        item.GetPart("ContainedPart")?["ListContentItemId"] is JsonValue value && value.TryGetValue<string>(out var listId) && listId.Length > 0
            ? listId
            : null;

    /// <summary>Rewrites the index rows of every live item of a type (after its definition changed).</summary>
    public async Task ReindexTypeAsync(ContentSession session, string contentType, CancellationToken cancellationToken)
    {
        var items = await LiveContentItems.LoadInStoredOrderAsync(session.Storage, contentType, cancellationToken);
        foreach (var item in items)
        {
            await session.Storage.ReindexContentItemAsync(item, _validator.BuildIndexEntries(session.Definitions, item), cancellationToken);
        }
    }

    private static async Task<ContentItem?> LoadContainerAsync(SqlSession storage, ContentItem item, CancellationToken cancellationToken) =>
        ContainerId(item) is { } listId ? await storage.GetContentItemAsync(listId, VersionOptions.Latest, cancellationToken) : null;

    private static async Task CheckRouteAsync(ISaveLookups lookups, ContentItem item, ContentIndexEntries entries, bool generated,
        ContentValidationResult result, CancellationToken cancellationToken)
    {
        if (entries.RoutePath is not { Length: > 0 } path)
        {
            return;
        }

        var candidate = path;
        for (var suffix = 2; await lookups.RouteTakenAsync(candidate, item.ContentItemId, entries.Localization?.Culture, cancellationToken); suffix++)
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

    private static async Task CheckAliasAsync(ISaveLookups lookups, ContentItem item, ContentIndexEntries entries,
        ContentValidationResult result, CancellationToken cancellationToken)
    {
        if (entries.Alias is { Length: > 0 } alias
            && await lookups.AliasTakenAsync(alias.ToLowerInvariant(), item.ContentItemId, cancellationToken))
        {
            result.Add("/AliasPart/Alias", $"The alias '{alias}' is already in use.");
        }
    }

    private static async Task CheckPickedTypesAsync(ISaveLookups lookups, ContentIndexEntries entries,
        ContentValidationResult result, CancellationToken cancellationToken)
    {
        var restricted = entries.ContentPickers.Where(p => p.AllowedContentTypes.Count > 0).ToList();
        if (restricted.Count == 0)
        {
            return;
        }

        var ids = restricted.Select(p => p.SelectedContentItemId).Distinct(StringComparer.Ordinal).ToList();
        var types = await lookups.LiveTypesAsync(ids, cancellationToken);
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
