using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Media;
using Cms.Core.Storage;
using Cms.Core.Storage.Sqlite;

namespace Cms.Core.Backup;

/// <summary>
/// Checks a site's data: the database file's integrity, every index row against the documents (recomputed by the same
/// indexing code a save runs), and that the media files that live items refer to exist. Reads one committed state of
/// the store, so a server may keep writing while it runs.
/// </summary>
public sealed class SiteVerifier
{
    public const string IntegrityCheck = "integrity";
    public const string IndexCheck = "index";
    public const string MediaCheck = "media";
    public const string SchemaCheck = "schema";

    private const int VersionsPerPage = 500;

    private readonly DocumentStore _store;
    private readonly ContentItemValidator _validator;

    public SiteVerifier(DocumentStore store, ContentKindCatalog catalog)
    {
        _store = store;
        _validator = new ContentItemValidator(catalog);
    }

    /// <param name="databaseFile">The SQLite file, for its integrity check.</param>
    /// <param name="library">The media library the references must be found in (its folder, or its bucket).</param>
    /// <param name="cancellationToken">Stops the checks.</param>
    public async Task<VerifyResult> VerifyAsync(string databaseFile, MediaStore library, CancellationToken cancellationToken)
    {
        var problems = (await SqliteBackup.IntegrityCheckAsync(databaseFile, cancellationToken))
            .Select(p => new SiteProblem(IntegrityCheck, null, p)).ToList();
        var schemaVersion = await SqliteBackup.SchemaVersionAsync(databaseFile, cancellationToken);
        if (schemaVersion != SchemaMigrations.Latest(_store.Dialect))
        {
            // The index checks read this version's tables; verify never migrates, so an older store is checked after it is.
            problems.Add(new SiteProblem(SchemaCheck, null, $"The store is at schema version {schemaVersion}; this version of Cms checks " +
                $"version {SchemaMigrations.Latest(_store.Dialect)}. Start the server (or run a writing verb) once to migrate it, then verify."));
            return new VerifyResult(schemaVersion, 0, 0, problems);
        }

        await using var session = await _store.OpenSnapshotReadSessionAsync(cancellationToken);
        foreach (var (table, itemId, documentId, rows) in await IndexVerification.OrphanRowsAsync(session, cancellationToken))
        {
            problems.Add(new SiteProblem(IndexCheck, itemId, $"{table} holds {rows} row(s) for document {documentId}, which is no stored version of the item."));
        }

        var (versions, media) = await CheckVersionsAsync(session, library, problems, cancellationToken);
        return new VerifyResult(schemaVersion, versions, media, problems);
    }

    /// <summary>Every stored version, a page at a time: its index rows, and (when live) its media; returns the counts checked.</summary>
    private async Task<(int Versions, int MediaReferences)> CheckVersionsAsync(
        ReadSession session, MediaStore library, List<SiteProblem> problems, CancellationToken cancellationToken)
    {
        var definitions = (await ContentDefinitionStore.LoadAsync(session, cancellationToken)).Document;
        var (versions, media) = (0, 0);
        for (long after = 0; ;)
        {
            var page = await IndexVerification.ContentItemVersionsAsync(session, after, VersionsPerPage, cancellationToken);
            if (page.Count == 0)
            {
                return (versions, media);
            }

            foreach (var item in page)
            {
                versions++;
                await CheckIndexRowsAsync(session, definitions, item, problems, cancellationToken);
                media += await CheckMediaAsync(item, library, problems, cancellationToken);
            }

            after = page[^1].DocumentId;
        }
    }

    private async Task CheckIndexRowsAsync(
        SqlSession session, ContentDefinitionDocument definitions, ContentItem item, List<SiteProblem> problems, CancellationToken cancellationToken)
    {
        var entries = _validator.BuildIndexEntries(definitions, item);
        var typeDeleted = definitions.FindType(item.ContentType) is null;
        foreach (var difference in await IndexVerification.CompareAsync(session, item, entries, typeDeleted, cancellationToken))
        {
            problems.Add(new SiteProblem(IndexCheck, item.ContentItemId,
                $"{item.ContentType} version {item.ContentItemVersionId} (document {item.DocumentId}): {difference}."));
        }
    }

    /// <summary>Only live versions (latest or published) count: an old version may point at a file deleted since.</summary>
    private static async Task<int> CheckMediaAsync(ContentItem item, MediaStore media, List<SiteProblem> problems, CancellationToken cancellationToken)
    {
        if (!item.Latest && !item.Published)
        {
            return 0;
        }

        var references = MediaReferences.Find(item);
        foreach (var path in references)
        {
            if (MediaPath.Normalize(path) is not { } normalized || await media.FindFileAsync(normalized, cancellationToken) is null)
            {
                problems.Add(new SiteProblem(MediaCheck, item.ContentItemId,
                    $"{item.ContentType} version {item.ContentItemVersionId} refers to media '{path}', which is not in the media folder."));
            }
        }

        return references.Count;
    }
}
