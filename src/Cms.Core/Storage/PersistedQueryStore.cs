using System.Text.Json.Nodes;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Storage;

/// <summary>
/// GraphQL query texts stored by key in the document table, so every node (and the next process) finds them. Two kinds,
/// kept under different document types: trusted queries, registered by the operator from a manifest, and cached ones,
/// registered by any caller through Apollo's automatic persisted queries. A site that runs only trusted queries never
/// reads the cached ones. A key maps to one text forever, so readers may keep what they found.
/// Neither kind moves the store's version: a new text changes no answer anyone holds.
/// </summary>
public sealed class PersistedQueryStore
{
    private readonly DocumentStore _store;

    public PersistedQueryStore(DocumentStore store)
    {
        _store = store;
    }

    public Task<string?> FindTrustedAsync(string key, CancellationToken cancellationToken) =>
        FindAsync(DocumentTypes.TrustedQuery, key, cancellationToken);

    public Task<string?> FindCachedAsync(string hash, CancellationToken cancellationToken) =>
        FindAsync(DocumentTypes.CachedQuery, hash, cancellationToken);

    /// <summary>
    /// Stores a cached query unless its hash is stored already. At most <paramref name="capacity"/> are kept: the oldest
    /// registered go first, so callers can churn the table but never grow it.
    /// </summary>
    public async Task AddCachedAsync(string hash, string query, int capacity, CancellationToken cancellationToken)
    {
        if (await FindCachedAsync(hash, cancellationToken) is not null)
        {
            return;
        }

        try
        {
            await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
            session.KeepsStoreVersion = true;
            if (await session.GetDocumentAsync(DocumentTypes.CachedQuery, hash, cancellationToken) is not null)
            {
                return;
            }

            await session.ExecuteAsync(
                $"DELETE FROM {Documents} WHERE Type = @type AND Id <= " +
                $"(SELECT Id FROM {Documents} WHERE Type = @type ORDER BY Id DESC LIMIT 1 OFFSET @keep)",
                [("@type", DocumentTypes.CachedQuery), ("@keep", capacity - 1)], cancellationToken);
            await session.InsertDocumentAsync(DocumentTypes.CachedQuery, hash, Content(query), cancellationToken);
            await session.CommitAsync(cancellationToken);
        }
        catch (StoreConcurrencyException)
        {
            // Another node stored the same hash first: it holds the same text.
        }
    }

    /// <summary>The number of cached queries stored.</summary>
    public async Task<int> CountCachedAsync(CancellationToken cancellationToken)
    {
        await using var session = await _store.OpenReadSessionAsync(cancellationToken);
        return Convert.ToInt32(await session.ScalarAsync($"SELECT COUNT(*) FROM {Documents} WHERE Type = @type",
            [("@type", DocumentTypes.CachedQuery)], cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Stores trusted queries in one transaction, each under all of its keys. An entry whose keys all hold its text
    /// already is unchanged; a key holding another text is a conflict (by entry index), and then nothing is stored.
    /// </summary>
    public async Task<TrustedQueryRegistration> RegisterTrustedAsync(
        IReadOnlyList<(IReadOnlyList<string> Keys, string Query)> entries, CancellationToken cancellationToken)
    {
        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        session.KeepsStoreVersion = true;
        var registered = 0;
        var conflicts = new List<int>();
        for (var index = 0; index < entries.Count; index++)
        {
            var (keys, query) = entries[index];
            var added = false;
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
            {
                var stored = await session.GetDocumentAsync(DocumentTypes.TrustedQuery, key, cancellationToken);
                if (stored is null)
                {
                    await session.InsertDocumentAsync(DocumentTypes.TrustedQuery, key, Content(query), cancellationToken);
                    added = true;
                }
                else if (!string.Equals(Query(stored.Content), query, StringComparison.Ordinal))
                {
                    conflicts.Add(index);
                    break;
                }
            }

            registered += added ? 1 : 0;
        }

        if (conflicts.Count == 0)
        {
            await session.CommitAsync(cancellationToken);
        }

        return new TrustedQueryRegistration(registered, entries.Count - registered, conflicts);
    }

    private async Task<string?> FindAsync(string type, string key, CancellationToken cancellationToken)
    {
        await using var session = await _store.OpenReadSessionAsync(cancellationToken);
        var stored = await session.GetDocumentAsync(type, key, cancellationToken);
        return stored is null ? null : Query(stored.Content);
    }

    private static string Content(string query) => new JsonObject { ["query"] = query }.ToJsonString();

    private static string Query(string content) => JsonNode.Parse(content)!["query"]!.GetValue<string>();
}
