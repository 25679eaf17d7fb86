using System.Globalization;
using Cms.Core.Storage;

namespace Cms.GraphQL.Http;

/// <summary>
/// A stamp of everything a response can depend on in the store: the store's version, which every committed write
/// (content, definitions, roles) bumps, so an ETag built on it is never stale after a publish, on any node. One row
/// read, whatever the number of documents.
/// </summary>
internal static class ContentVersionStamp
{
    public static async Task<string> ReadAsync(DocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenReadSessionAsync(cancellationToken);
        return (await session.ReadStoreVersionAsync(cancellationToken)).ToString(CultureInfo.InvariantCulture);
    }
}
