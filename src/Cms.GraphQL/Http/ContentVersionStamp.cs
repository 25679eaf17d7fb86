using System.Globalization;
using Cms.Core.Storage;

namespace Cms.GraphQL.Http;

/// <summary>
/// A stamp of everything a response can depend on in the store: the content version, which every committed write of
/// content, definitions, roles or settings bumps (so an ETag built on it is never stale after a publish, on any node)
/// and writes of users alone (a sign-in) do not. One row read, whatever the number of documents.
/// </summary>
internal static class ContentVersionStamp
{
    public static async Task<string> ReadAsync(DocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenReadSessionAsync(cancellationToken);
        return (await session.ReadContentVersionAsync(cancellationToken)).ToString(CultureInfo.InvariantCulture);
    }
}
