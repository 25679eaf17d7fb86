using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Storage;

namespace Cms.Tests.Storage;

public sealed class ContentItemCacheTests
{
    [Fact]
    public void Find_SameDocumentAndVersion_ReturnsTheSharedItem()
    {
        var cache = new ContentItemCache(1024 * 1024);
        var item = Stored(documentId: 7, version: 3);

        cache.Add(item, storedBytes: 100);

        Assert.Same(item, cache.Find(7, 3));
    }

    [Fact]
    public void Find_OtherVersionOfTheDocument_ReturnsNothing()
    {
        var cache = new ContentItemCache(1024 * 1024);
        cache.Add(Stored(documentId: 7, version: 3), storedBytes: 100);

        Assert.Null(cache.Find(7, 4));
        Assert.Null(cache.Find(7, 2));
        Assert.Null(cache.Find(8, 3));
    }

    [Fact]
    public void Add_NewerVersion_ReplacesTheOlderAndKeepsOneEntry()
    {
        var cache = new ContentItemCache(1024 * 1024);
        cache.Add(Stored(documentId: 7, version: 3), storedBytes: 100);
        var newer = Stored(documentId: 7, version: 4);

        cache.Add(newer, storedBytes: 120);

        Assert.Same(newer, cache.Find(7, 4));
        Assert.Null(cache.Find(7, 3));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Add_OlderVersionAfterANewerOne_KeepsTheNewer()
    {
        var cache = new ContentItemCache(1024 * 1024);
        var newer = Stored(documentId: 7, version: 4);
        cache.Add(newer, storedBytes: 100);

        cache.Add(Stored(documentId: 7, version: 3), storedBytes: 100);

        Assert.Same(newer, cache.Find(7, 4));
        Assert.Null(cache.Find(7, 3));
    }

    [Fact]
    public void Add_PastTheBound_DropsEntriesUntilUnderIt()
    {
        var cache = new ContentItemCache(maxBytes: 30_000);
        for (var id = 1; id <= 100; id++)
        {
            cache.Add(Stored(id, version: 1), storedBytes: 1_000);
        }

        Assert.True(cache.EstimatedBytes <= cache.MaxBytes, $"{cache.EstimatedBytes} bytes estimated over a bound of {cache.MaxBytes}");
        Assert.InRange(cache.Count, 1, 10);
    }

    [Fact]
    public void Add_PastTheBound_KeepsAnEntryReadSinceTheLastSweep()
    {
        var cache = new ContentItemCache(maxBytes: 30_000);
        var hot = Stored(documentId: 1, version: 1);
        cache.Add(hot, storedBytes: 1_000);
        for (var id = 2; id <= 100; id++)
        {
            Assert.Same(hot, cache.Find(1, 1));
            cache.Add(Stored(id, version: 1), storedBytes: 1_000);
        }

        Assert.Same(hot, cache.Find(1, 1));
    }

    [Fact]
    public void Add_WithNoMemoryAllowed_KeepsNothing()
    {
        var cache = new ContentItemCache(maxBytes: 0);

        cache.Add(Stored(documentId: 7, version: 3), storedBytes: 100);

        Assert.Null(cache.Find(7, 3));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Add_LazilyParsedItem_IsBuiltOutSoReadersOnlyRead()
    {
        var cache = new ContentItemCache(1024 * 1024);
        var item = ContentItemJson.Parse(
            """{"ContentItemId":"a","ContentItemVersionId":"v","ContentType":"Article","Article":{"Tags":{"Values":["x","y"]},"Body":{"Text":"t"}}}"""u8);
        SetStored(item, documentId: 1, version: 1);

        cache.Add(item, storedBytes: 120);

        // Concurrent first reads of a lazily parsed JsonObject would each build its property table; after Add
        // every object and array is built, so parallel readers see the same nodes.
        var seen = Enumerable.Range(0, 64).AsParallel().Select(_ =>
        {
            var part = (JsonObject)cache.Find(1, 1)!.Content["Article"]!;
            return (part["Tags"]!["Values"]!.AsArray(), part["Body"]!["Text"]!.GetValue<string>());
        }).ToList();

        Assert.All(seen, s => Assert.Same(seen[0].Item1, s.Item1));
        Assert.All(seen, s => Assert.Equal("t", s.Item2));
    }

    private static ContentItem Stored(long documentId, long version)
    {
        var item = new ContentItem { ContentItemId = $"item{documentId}", ContentItemVersionId = $"v{documentId}-{version}", ContentType = "Article" };
        SetStored(item, documentId, version);
        return item;
    }

    private static void SetStored(ContentItem item, long documentId, long version)
    {
        item.DocumentId = documentId;
        item.DocumentVersion = version;
    }
}
