using Cms.Core.ContentModel;
using Cms.Core.Storage;

namespace Cms.Core.Content;

/// <summary>
/// Rebuilds the full-text index of a site from its stored items, with the words the current definitions say each type
/// holds: for a store that had content before search existed, and for operators (<c>cms search rebuild</c>).
/// </summary>
public sealed class ContentSearchRebuild
{
    private readonly ContentStore _store;
    private readonly ContentItemValidator _validator;

    public ContentSearchRebuild(ContentStore store, ContentKindCatalog catalog)
    {
        _store = store;
        _validator = new ContentItemValidator(catalog);
    }

    /// <summary>Rebuilds the index in one transaction; returns how many item versions it holds.</summary>
    public async Task<int> RunAsync(IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        await using var session = await _store.OpenLongSessionAsync(ContentActor.System, "the full-text search rebuild", cancellationToken);
        var count = await ContentSearchRebuilder.RebuildAsync(
            session.Storage, item => _validator.BuildIndexEntries(session.Definitions, item), progress, cancellationToken);
        await session.SaveChangesAsync(cancellationToken);
        return count;
    }

    /// <summary>Rebuilds only when the store asks for it (content stored before search existed); returns whether it did.</summary>
    public async Task<bool> RunIfRequestedAsync(CancellationToken cancellationToken)
    {
        await using (var read = await _store.Documents.OpenReadSessionAsync(cancellationToken))
        {
            if (!await ContentSearchRebuilder.IsRequestedAsync(read, cancellationToken))
            {
                return false;
            }
        }

        await RunAsync(progress: null, cancellationToken);
        return true;
    }
}
