using System.Data.Common;

namespace Cms.Core.Storage;

/// <summary>A connection for loading and querying; it never writes.</summary>
public sealed class ReadSession : SqlSession
{
    internal ReadSession(ISqlDialect dialect, DbConnection connection)
        : base(dialect, connection)
    {
    }
}
