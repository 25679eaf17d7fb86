using Cms.Core.Storage;
using Cms.GraphQL.Limits;
using Cms.GraphQL.Persisted;
using Microsoft.AspNetCore.Http;

namespace Cms.GraphQL.Http;

/// <summary>
/// Persisted queries for the endpoint: the store's trusted and cached texts with a bounded copy of each in memory (a key
/// names one text forever, so a copy is never stale). Misses are not remembered: another node may register the key next.
/// </summary>
internal sealed class PersistedDocuments
{
    public const string PersistedOnlyMessage = "only registered operations run on this site (Cms:GraphQL:PersistedOnly)";

    private readonly PersistedQueryStore _store;
    private readonly GraphQLOptions _options;
    private readonly PersistedQueryCache _trusted;
    private readonly PersistedQueryCache _cached;

    public PersistedDocuments(PersistedQueryStore store, GraphQLOptions options)
    {
        _store = store;
        _options = options;
        _trusted = new PersistedQueryCache(options.PersistedQueryCacheSize);
        _cached = new PersistedQueryCache(options.PersistedQueryCacheSize);
    }

    /// <summary>The text to run: the request's own, or the one registered under its <c>documentId</c> or APQ hash.</summary>
    public async Task<PersistedQueryResolution> ResolveAsync(GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        if (request.DocumentId is { } documentId)
        {
            if (request.Query is not null)
            {
                return PersistedQueryResolution.Refuse(StatusCodes.Status400BadRequest,
                    "Send either 'query' or 'documentId', not both.", "INVALID_REQUEST");
            }

            return await FindAsync(PersistedQueryKey.Normalize(documentId), cancellationToken) is { } registered
                ? new PersistedQueryResolution(registered)
                : PersistedQueryResolution.Refuse(StatusCodes.Status400BadRequest,
                    $"'documentId' {documentId} is not a registered document.", "PERSISTED_DOCUMENT_NOT_FOUND");
        }

        if (request.PersistedQueryHash is { } hash)
        {
            if (request.Query is null)
            {
                return await FindAsync(hash, cancellationToken) is { } registered
                    ? new PersistedQueryResolution(registered)
                    : PersistedQueryResolution.Refuse(StatusCodes.Status200OK, "PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND");
            }

            if (!string.Equals(PersistedQueryKey.Hash(request.Query), hash, StringComparison.Ordinal))
            {
                return PersistedQueryResolution.Refuse(StatusCodes.Status400BadRequest, "provided sha does not match query", "PERSISTED_QUERY_HASH_MISMATCH");
            }
        }

        if (_options.PersistedOnly && await FindTrustedAsync(PersistedQueryKey.Hash(request.Query!), cancellationToken) is null)
        {
            return PersistedQueryResolution.Refuse(StatusCodes.Status400BadRequest, PersistedOnlyMessage, "PERSISTED_ONLY");
        }

        return new PersistedQueryResolution(request.Query);
    }

    /// <summary>
    /// Keeps an APQ text that ran, for this node and the store. Never on a trusted-only site, and never a text longer
    /// than <see cref="GraphQLOptions.MaxPersistedQueryLength"/>: what any caller can make the store hold stays bounded.
    /// </summary>
    public async Task RememberAsync(string hash, string query, CancellationToken cancellationToken)
    {
        if (_options.PersistedOnly || query.Length > _options.MaxPersistedQueryLength || _cached.Find(hash) is not null)
        {
            return;
        }

        try
        {
            await _store.AddCachedAsync(hash, query, _options.MaxStoredPersistedQueries, cancellationToken);
            _cached.Add(hash, query);
        }
        catch (StoreUnavailableException)
        {
            // The query ran; its text is not kept this time, and the client sends it again after a miss, as APQ expects.
        }
    }

    private async Task<string?> FindAsync(string key, CancellationToken cancellationToken)
    {
        if (_options.PersistedOnly)
        {
            return await FindTrustedAsync(key, cancellationToken);
        }

        if ((_trusted.Find(key) ?? _cached.Find(key)) is { } remembered)
        {
            return remembered;
        }

        if (await FindTrustedAsync(key, cancellationToken) is { } trusted)
        {
            return trusted;
        }

        var cached = await _store.FindCachedAsync(key, cancellationToken);
        if (cached is not null)
        {
            _cached.Add(key, cached);
        }

        return cached;
    }

    private async Task<string?> FindTrustedAsync(string key, CancellationToken cancellationToken)
    {
        if (_trusted.Find(key) is { } remembered)
        {
            return remembered;
        }

        var stored = await _store.FindTrustedAsync(key, cancellationToken);
        if (stored is not null)
        {
            _trusted.Add(key, stored);
        }

        return stored;
    }
}
