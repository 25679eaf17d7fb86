using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;

namespace Cms.Core.Storage;

/// <summary>
/// Parsed content item versions kept between requests for readers that never modify what they read (GraphQL).
/// An entry is keyed by its document row and that row's version, which every write bumps: a changed item is
/// simply not found under its new version, on this node or any other, so nothing needs invalidating. Memory is
/// bounded by an estimate of each entry's size; when the bound is passed, entries not read since the previous
/// sweep are dropped first.
/// </summary>
public sealed class ContentItemCache
{
    /// <summary>
    /// A parsed item keeps its UTF-8 document, the parser's token table and the node objects built over them:
    /// about three times the stored JSON for the benchmark's letters.
    /// </summary>
    private const int SizeFactor = 3;

    private readonly ConcurrentDictionary<long, Entry> _entries = new();
    private readonly Lock _sweep = new();
    private long _bytes;

    /// <param name="maxBytes">The estimated memory the entries may take; 0 turns the cache off.</param>
    public ContentItemCache(long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        MaxBytes = maxBytes;
    }

    public long MaxBytes { get; }

    public int Count => _entries.Count;

    public long EstimatedBytes => Interlocked.Read(ref _bytes);

    /// <summary>The shared item of this document row at exactly this version, or null.</summary>
    public ContentItem? Find(long documentId, long version)
    {
        if (_entries.TryGetValue(documentId, out var entry) && entry.Version == version)
        {
            entry.Touched = true;
            return entry.Item;
        }

        return null;
    }

    /// <summary>
    /// Shares a freshly parsed item. Its JSON is built out completely first: nodes parsed lazily would otherwise be
    /// built by whichever reader touches them first, and two readers at once must only ever read.
    /// </summary>
    public void Add(ContentItem item, int storedBytes)
    {
        if (MaxBytes == 0 || item.DocumentId == 0)
        {
            return;
        }

        Materialize(item.Content);
        var entry = new Entry(item.DocumentVersion, item, (long)storedBytes * SizeFactor);
        while (!TryStore(item.DocumentId, entry))
        {
        }

        if (Interlocked.Read(ref _bytes) > MaxBytes)
        {
            Sweep();
        }
    }

    private bool TryStore(long documentId, Entry entry)
    {
        if (!_entries.TryGetValue(documentId, out var existing))
        {
            if (!_entries.TryAdd(documentId, entry))
            {
                return false;
            }

            Interlocked.Add(ref _bytes, entry.Size);
            return true;
        }

        if (existing.Version >= entry.Version)
        {
            return true;
        }

        if (!_entries.TryUpdate(documentId, entry, existing))
        {
            return false;
        }

        Interlocked.Add(ref _bytes, entry.Size - existing.Size);
        return true;
    }

    /// <summary>Second chance: an entry read since the last sweep survives one more; one sweep at a time, others go on.</summary>
    private void Sweep()
    {
        if (!_sweep.TryEnter())
        {
            return;
        }

        try
        {
            var target = MaxBytes - (MaxBytes / 10);
            for (var pass = 0; pass < 2 && Interlocked.Read(ref _bytes) > target; pass++)
            {
                foreach (var (documentId, entry) in _entries)
                {
                    if (Interlocked.Read(ref _bytes) <= target)
                    {
                        break;
                    }

                    if (entry.Touched)
                    {
                        entry.Touched = false;
                    }
                    else if (_entries.TryRemove(new KeyValuePair<long, Entry>(documentId, entry)))
                    {
                        Interlocked.Add(ref _bytes, -entry.Size);
                    }
                }
            }
        }
        finally
        {
            _sweep.Exit();
        }
    }

    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Materialize(value);
                }

                break;
            case JsonArray array:
                foreach (var value in array)
                {
                    Materialize(value);
                }

                break;
        }
    }

    private sealed class Entry(long version, ContentItem item, long size)
    {
        public long Version { get; } = version;

        public ContentItem Item { get; } = item;

        public long Size { get; } = size;

        public bool Touched { get; set; }
    }
}
