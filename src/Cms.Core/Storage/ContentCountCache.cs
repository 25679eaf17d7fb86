using System.Globalization;
using System.Text;
using Cms.Core.Querying;

namespace Cms.Core.Storage;

/// <summary>
/// Totals of content queries kept in memory for one content version of the store, the version every committed write
/// of content bumps (the one ETags are built on). A total is keyed by its count statement and that statement's values,
/// and found only under the version it was counted at: once a commit moves the version, the next count sees a version
/// this cache does not hold, drops every entry and counts again, so a total is never older than the version its reader
/// saw. The reader reads the version before counting; a commit in between only makes the entry newer than its key.
/// Memory is bounded by the number of entries and by the size of a key; a statement past that is simply not kept.
/// </summary>
public sealed class ContentCountCache
{
    public const int DefaultMaxEntries = 1024;

    /// <summary>A count statement longer than this (a long list of ids) is not worth the memory its key would take.</summary>
    private const int MaxKeyLength = 8 * 1024;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private long _version = -1;

    /// <param name="maxEntries">How many totals one version may keep; 0 turns the cache off.</param>
    public ContentCountCache(int maxEntries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxEntries);
        MaxEntries = maxEntries;
    }

    public int MaxEntries { get; }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _counts.Count;
            }
        }
    }

    /// <summary>The key of a count statement: its text and every value bound to it, with the value's type.</summary>
    public static string? Key(SqlText sql)
    {
        var key = new StringBuilder(sql.Text);
        foreach (var (name, value) in sql.Parameters)
        {
            key.Append('\u001f').Append(name).Append('=').Append(value?.GetType().Name ?? "null").Append(':')
                .Append(Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        return key.Length <= MaxKeyLength ? key.ToString() : null;
    }

    public bool TryGet(long contentVersion, string key, out int count)
    {
        lock (_lock)
        {
            count = 0;
            return contentVersion == _version && _counts.TryGetValue(key, out count);
        }
    }

    public void Add(long contentVersion, string key, int count)
    {
        if (MaxEntries == 0)
        {
            return;
        }

        lock (_lock)
        {
            // Any other version, newer or not (a store put back from a backup), makes every kept total suspect.
            if (contentVersion != _version || _counts.Count >= MaxEntries)
            {
                _counts.Clear();
                _version = contentVersion;
            }

            _counts[key] = count;
        }
    }
}
