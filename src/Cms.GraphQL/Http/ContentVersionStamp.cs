using System.Globalization;
using Cms.Core.Storage;

namespace Cms.GraphQL.Http;

/// <summary>
/// A stamp of everything a response can depend on in the store: any insert, update or delete of a document
/// (content, definitions, roles) changes it, so an ETag built on it is never stale after a publish, on any node.
/// </summary>
internal static class ContentVersionStamp
{
    public static async Task<string> ReadAsync(DocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenReadSessionAsync(cancellationToken);
        var rows = await session.RowsAsync(
            $"SELECT COUNT(*), COALESCE(MAX(Id), 0), COALESCE(SUM(Version), 0) FROM {Tables.Documents}", [], cancellationToken);
        return string.Join('.', rows[0].Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
    }
}
