using System.Text.Json;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Storage;

namespace Cms.Core.Trash;

/// <summary>
/// The trash of deleted items: one entry document per item, written by <see cref="ContentSession.RemoveAsync"/> in the
/// delete's own transaction. Restoring makes the version that was latest the latest again, as a draft (nothing goes
/// back on the public site without an editor publishing it); purging drops the item's every version and the entry.
/// </summary>
public static class ContentTrash
{
    public static async Task<IReadOnlyList<TrashEntry>> ListAsync(SqlSession session, CancellationToken cancellationToken)
    {
        var documents = await session.GetDocumentsAsync(DocumentTypes.TrashEntry, cancellationToken);
        return documents.Select(d => Read(d.Content)).OrderByDescending(e => e.DeletedUtc).ToList();
    }

    public static async Task<TrashEntry?> FindAsync(SqlSession session, string contentItemId, CancellationToken cancellationToken) =>
        await session.GetDocumentAsync(DocumentTypes.TrashEntry, contentItemId, cancellationToken) is { } stored ? Read(stored.Content) : null;

    internal static Task AddAsync(ContentSession session, ContentItem latest, bool wasPublished, CancellationToken cancellationToken)
    {
        var entry = new TrashEntry
        {
            ContentItemId = latest.ContentItemId,
            ContentType = latest.ContentType,
            DisplayText = latest.DisplayText,
            LatestVersionId = latest.ContentItemVersionId,
            WasPublished = wasPublished,
            Owner = latest.Owner,
            DeletedBy = session.Actor.UserName,
            DeletedUtc = session.Now,
        };
        return session.Storage.PutDocumentAsync(DocumentTypes.TrashEntry, entry.ContentItemId, JsonSerializer.Serialize(entry), cancellationToken);
    }

    /// <summary>Brings a deleted item back as a draft of the version that was latest; its history comes back with it.</summary>
    /// <exception cref="ContentNotFoundException">The item is not in the trash (restored already, or purged).</exception>
    public static async Task<ContentItem> RestoreAsync(ContentSession session, string contentItemId, CancellationToken cancellationToken)
    {
        var stored = await session.Storage.GetDocumentAsync(DocumentTypes.TrashEntry, contentItemId, cancellationToken)
            ?? throw new ContentNotFoundException($"'{contentItemId}' is not in the trash.");
        var entry = Read(stored.Content);
        var version = await session.Storage.GetContentItemVersionAsync(entry.LatestVersionId, cancellationToken)
            ?? throw new ContentNotFoundException($"The version '{entry.LatestVersionId}' of '{contentItemId}' is no longer stored.");
        version.Latest = true;
        version.Published = false;
        version.PublishedUtc = null;
        await session.SaveVersionAsync(version, contentChanged: false, cancellationToken);
        await session.Storage.DeleteDocumentAsync(stored.Id, cancellationToken);
        return version;
    }

    /// <summary>Drops every trashed item deleted at or before <paramref name="cutoffUtc"/>; returns how many.</summary>
    public static async Task<int> PurgeDeletedBeforeAsync(ContentSession session, DateTime cutoffUtc, CancellationToken cancellationToken)
    {
        var purged = 0;
        foreach (var stored in await session.Storage.GetDocumentsAsync(DocumentTypes.TrashEntry, cancellationToken))
        {
            var entry = Read(stored.Content);
            if (entry.DeletedUtc > cutoffUtc)
            {
                continue;
            }

            // A version that is live again (an import reused the id) is no longer the trash's to drop.
            var versions = await session.ListVersionsAsync(entry.ContentItemId, cancellationToken);
            if (!versions.Any(v => v.Latest || v.Published))
            {
                foreach (var version in versions)
                {
                    await session.Storage.DeleteDocumentAsync(version.DocumentId, cancellationToken);
                }
            }

            await session.Storage.DeleteDocumentAsync(stored.Id, cancellationToken);
            purged++;
        }

        return purged;
    }

    private static TrashEntry Read(string json) =>
        JsonSerializer.Deserialize<TrashEntry>(json) ?? throw new InvalidOperationException("A trash entry document is empty.");
}
