namespace Cms.Core.Content;

/// <summary>
/// What the save checks ask of the store: who holds a route or an alias, and the types of picked items. The store
/// answers one item at a time; an import batch answers from one query per batch plus the items it accepted.
/// </summary>
internal interface ISaveLookups
{
    /// <summary>
    /// Whether a live version of another item than <paramref name="contentItemId"/> has this route path. Translations may
    /// share a path: an item of another culture does not take it (an item without a culture collides with every item).
    /// </summary>
    Task<bool> RouteTakenAsync(string path, string contentItemId, string? culture, CancellationToken cancellationToken);

    /// <summary>Whether a live version of another item than <paramref name="contentItemId"/> has this (lower-case) alias.</summary>
    Task<bool> AliasTakenAsync(string alias, string contentItemId, CancellationToken cancellationToken);

    /// <summary>The content type of each of these items that has a live version; absent ids are not (yet) stored.</summary>
    Task<IReadOnlyDictionary<string, string>> LiveTypesAsync(IReadOnlyList<string> contentItemIds, CancellationToken cancellationToken);
}
