using System.Globalization;

namespace Cms.Core.Storage;

/// <summary>
/// The store's two change counters as one value: <see cref="Store"/> moves with every committed write, <see cref="Content"/>
/// with every write a content reader can see. Every process-local cache keys on them (or on a document version they cover).
/// </summary>
public readonly record struct StoreVersions(long Store, long Content)
{
    /// <summary>True when either counter is ahead of <paramref name="other"/>'s (counters only grow).</summary>
    public bool IsAheadOf(StoreVersions other) => Store > other.Store || Content > other.Content;

    /// <summary>The later of each counter: notices may arrive out of order, the view never goes back.</summary>
    public StoreVersions Max(StoreVersions other) => new(Math.Max(Store, other.Store), Math.Max(Content, other.Content));

    /// <summary>The wire form of a change notice: <c>store:content</c>.</summary>
    public string ToNotice() => string.Create(CultureInfo.InvariantCulture, $"{Store}:{Content}");

    /// <summary>Reads <see cref="ToNotice"/>'s form; null for anything else (a notice from another program on the channel).</summary>
    public static StoreVersions? FromNotice(string? notice)
    {
        var parts = notice?.Split(':');
        return parts is { Length: 2 }
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var store)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var content)
            ? new StoreVersions(store, content)
            : null;
    }
}
