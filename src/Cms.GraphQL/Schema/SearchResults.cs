using Cms.Core.Storage;

namespace Cms.GraphQL.Schema;

/// <summary>One page of the root search; <see cref="Request"/> is counted only when totalCount is selected.</summary>
internal sealed record SearchResults(ContentSearchRequest Request, IReadOnlyList<ContentSearchHit> Hits, bool HasNextPage, string? EndCursor);
