using System.Data.Common;

namespace Cms.Core.Storage;

/// <summary>
/// A connection for loading and querying; it never writes. A session opened to share items returns the same
/// content item objects to every such session (see <see cref="ContentItemCache"/>): its callers must not modify them.
/// </summary>
public sealed class ReadSession : SqlSession
{
    internal ReadSession(ISqlDialect dialect, StoreConnection connection, ContentItemCache? sharedItems = null, ContentCountCache? counts = null)
        : base(dialect, connection, sharedItems)
    {
        SharesItems = sharedItems is not null;
        Counts = counts;
    }

    /// <summary>From here on every read sees one committed state of the store (for checks that compare many rows).</summary>
    internal async Task BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Transaction = await Dialect.BeginReadTransactionAsync(connection, cancellationToken);

    /// <summary>Whether the items this session returns are shared, read-only copies.</summary>
    public bool SharesItems { get; }
}
