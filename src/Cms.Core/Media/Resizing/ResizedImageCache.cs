using System.Collections.Concurrent;

namespace Cms.Core.Media.Resizing;

/// <summary>
/// Resized images on disk (the data folder's <c>media-cache/</c>), one file per key, within a byte budget: when a
/// write takes the total over it, the least recently served files are deleted. Files found at start count as
/// served in the order they were written. A budget of 0 keeps nothing.
/// </summary>
public sealed class ResizedImageCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _evicting = new();
    private long _totalBytes;
    private long _lastUse;

    public ResizedImageCache(string root, long maxBytes)
    {
        Root = Path.GetFullPath(root);
        MaxBytes = maxBytes;
        Directory.CreateDirectory(Root);
        var existing = new DirectoryInfo(Root).EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => !f.Name.EndsWith(".tmp", StringComparison.Ordinal)).OrderBy(f => f.LastWriteTimeUtc);
        foreach (var file in existing)
        {
            _entries[Path.GetFileNameWithoutExtension(file.Name)] = new Entry(file.FullName, file.Length) { LastUse = ++_lastUse };
            _totalBytes += file.Length;
        }

        Evict();
    }

    public string Root { get; }

    public long MaxBytes { get; }

    public long TotalBytes => Interlocked.Read(ref _totalBytes);

    /// <summary>The cached file of a key, or null; a hit counts as a use.</summary>
    public string? Find(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (!File.Exists(entry.Path))
        {
            Forget(key, entry);
            return null;
        }

        entry.LastUse = Interlocked.Increment(ref _lastUse);
        return entry.Path;
    }

    /// <summary>Writes a result under its key (whole or not at all: a temp file is moved in), then keeps the budget.</summary>
    public async Task StoreAsync(string key, ResizedImage image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (MaxBytes <= 0 || image.Bytes.Length > MaxBytes)
        {
            return;
        }

        var path = Path.Combine(Root, key[..2], key + image.Extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("n") + ".tmp";
        await File.WriteAllBytesAsync(temp, image.Bytes, cancellationToken);
        File.Move(temp, path, overwrite: true);
        var entry = new Entry(path, image.Bytes.Length) { LastUse = Interlocked.Increment(ref _lastUse) };
        if (_entries.TryAdd(key, entry))
        {
            Interlocked.Add(ref _totalBytes, entry.Length);
        }

        Evict();
    }

    private void Evict()
    {
        if (TotalBytes <= MaxBytes)
        {
            return;
        }

        lock (_evicting)
        {
            foreach (var (key, entry) in _entries.OrderBy(e => e.Value.LastUse).ToList())
            {
                if (TotalBytes <= MaxBytes)
                {
                    break;
                }

                Forget(key, entry);
                File.Delete(entry.Path);
            }
        }
    }

    private void Forget(string key, Entry entry)
    {
        if (_entries.TryRemove(new KeyValuePair<string, Entry>(key, entry)))
        {
            Interlocked.Add(ref _totalBytes, -entry.Length);
        }
    }

    private sealed class Entry(string path, long length)
    {
        public string Path { get; } = path;

        public long Length { get; } = length;

        public long LastUse { get; set; }
    }
}
