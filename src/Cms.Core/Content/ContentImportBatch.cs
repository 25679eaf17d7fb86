using System.Runtime.ExceptionServices;
using Cms.Core.ContentModel;
using Cms.Core.Indexing;
using Cms.Core.Webhooks;

namespace Cms.Core.Content;

/// <summary>
/// The fast path of an import batch whose items are all new (ids without live versions, once each in the batch)
/// or unchanged: the pure per-item work (prepare, validate, index entries, JSON) runs in parallel, the store
/// checks take one query per kind for the whole batch, then the rows are written in item order. Results and
/// the first error (lowest index, same message and path) are those of saving the items one by one. Preparing
/// starts in the background, so it can run while the previous batch is written.
/// </summary>
internal sealed class ContentImportBatch
{
    private readonly ContentSession _session;
    private readonly List<Created> _created;
    private readonly HashSet<string> _ids;
    private readonly Task _preparing;

    private ContentImportBatch(ContentSession session, List<Created> created, Task preparing)
    {
        _session = session;
        _created = created;
        _ids = created.Select(c => c.Item.ContentItemId).ToHashSet(StringComparer.Ordinal);
        _preparing = preparing;
    }

    /// <summary>
    /// Plans the batch and starts preparing its new items in the background, or returns null having changed
    /// nothing when the batch needs the item-by-item path. Unchanged items are counted here.
    /// </summary>
    public static async Task<ContentImportBatch?> StartAsync(ContentSession session, List<(int Index, ContentItem Item)> batch,
        List<ContentItem> versions, int[] counts, CancellationToken cancellationToken)
    {
        if (Plan(batch, versions) is not { } plan)
        {
            return null;
        }

        counts[(int)ContentImporter.Outcome.Unchanged] += batch.Count - plan.Count;
        var created = plan.Select(p => new Created(p.Index, ContentImporter.NewVersion(session, p.Item))).ToList();
        var containers = await LoadContainersAsync(session, created, cancellationToken);
        var definitions = session.Definitions;
        var preparing = Task.Run(
            () => Run(created, c => c.Prepared = session.Saver.Prepare(definitions, c.Item, Container(containers, c.Item)), cancellationToken),
            cancellationToken);
        return new ContentImportBatch(session, created, preparing);
    }

    /// <summary>Whether these items name an item this batch creates (as itself or as its list): they must wait for its writes.</summary>
    public bool Affects(IEnumerable<ContentItem> items) =>
        items.Any(i => _ids.Contains(i.ContentItemId) || (ContentItemSaver.ContainerId(i) is { } listId && _ids.Contains(listId)));

    /// <summary>Checks the prepared items in order against the store and the batch, then writes them; throws the first failure.</summary>
    public async Task CompleteAsync(int[] counts, CancellationToken cancellationToken)
    {
        await _preparing;
        await CheckInOrderAsync(_session, _created, cancellationToken);
        Run(_created, c => c.Json = ContentItemJson.Serialize(c.Item), cancellationToken);
        _created.Find(c => c.Failure is not null)?.Failure!.Throw();
        await _session.Storage.InsertContentItemsAsync(_created.Select(c => (c.Item, c.Prepared!.Entries, c.Json!)).ToList(), cancellationToken);
        foreach (var created in _created)
        {
            _session.Record(WebhookEvents.Created, created.Item);
            ContentImporter.RecordPublication(_session, created.Item, wasPublished: false);
        }

        counts[(int)ContentImporter.Outcome.Created] += _created.Count;
    }

    /// <summary>Waits for the background preparing of a batch that will not be completed (an earlier one failed).</summary>
    public async Task AbandonAsync()
    {
        try
        {
            await _preparing;
        }
        catch (OperationCanceledException)
        {
            // The run is being cancelled anyway.
        }
    }

    /// <summary>
    /// The items to create, or null when an item updates a stored version, adds a version to an item with live
    /// versions, shares its id with another item of the batch, or sits in a list created in the batch: their
    /// writes change what later items of the batch would see, so those batches go item by item.
    /// </summary>
    private static List<(int Index, ContentItem Item)>? Plan(List<(int Index, ContentItem Item)> batch, List<ContentItem> versions)
    {
        var ids = batch.GroupBy(b => b.Item.ContentItemId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var plan = new List<(int Index, ContentItem Item)>(batch.Count);
        foreach (var (index, imported) in batch)
        {
            var ofItem = versions.Where(v => v.ContentItemId == imported.ContentItemId).ToList();
            if (ContentImporter.FindMatch(ofItem, imported) is { } match)
            {
                if (!ContentImporter.SameContent(match, imported))
                {
                    return null;
                }

                continue;
            }

            if (ofItem.Count > 0 || ids[imported.ContentItemId] > 1
                || (ContentItemSaver.ContainerId(imported) is { } listId && ids.ContainsKey(listId)))
            {
                return null;
            }

            plan.Add((index, imported));
        }

        return plan;
    }

    private static async Task<Dictionary<string, ContentItem?>> LoadContainersAsync(
        ContentSession session, List<Created> created, CancellationToken cancellationToken)
    {
        var containers = new Dictionary<string, ContentItem?>(StringComparer.Ordinal);
        foreach (var listId in created.Select(c => ContentItemSaver.ContainerId(c.Item)).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            containers[listId] = await session.Storage.GetContentItemAsync(listId, VersionOptions.Latest, cancellationToken);
        }

        return containers;
    }

    private static ContentItem? Container(Dictionary<string, ContentItem?> containers, ContentItem item) =>
        ContentItemSaver.ContainerId(item) is { } listId ? containers[listId] : null;

    /// <summary>The store checks in item order, each item seeing the ones before it; the first failure is thrown.</summary>
    private static async Task CheckInOrderAsync(ContentSession session, List<Created> created, CancellationToken cancellationToken)
    {
        var live = created.Where(c => c.Failure is null && (c.Item.Latest || c.Item.Published)).Select(c => c.Prepared!.Entries).ToList();
        var lookups = await BatchSaveLookups.LoadAsync(session.Storage, live, cancellationToken);
        foreach (var item in created)
        {
            item.Failure?.Throw();
            try
            {
                await ContentItemSaver.CheckAsync(lookups, item.Item, item.Prepared!, contentChanged: true, cancellationToken);
            }
            catch (ContentValidationException exception)
            {
                throw ContentImporter.WithIndex(exception, item.Index);
            }

            lookups.Accept(item.Item, item.Prepared!.Entries);
        }
    }

    /// <summary>Runs pure per-item work on every core; an item's exception is kept for <see cref="CheckInOrderAsync"/> to throw in order.</summary>
    private static void Run(List<Created> created, Action<Created> work, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.ForEach(created, options, item =>
        {
            if (item.Failure is not null)
            {
                return;
            }

            try
            {
                work(item);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                item.Failure = ExceptionDispatchInfo.Capture(exception);
            }
        });
    }

    private sealed class Created(int index, ContentItem item)
    {
        public int Index { get; } = index;

        public ContentItem Item { get; } = item;

        public PreparedVersion? Prepared { get; set; }

        public string? Json { get; set; }

        public ExceptionDispatchInfo? Failure { get; set; }
    }
}
