using Cms.Core.Querying;

namespace Cms.Core.Storage;

/// <summary>
/// A database's full-text engine (SQLite FTS5; PostgreSQL tsvector next): rows written and removed inside the content's
/// own transaction, and the SQL that matches, ranks and quotes them. Every statement text of an engine lives in its
/// implementation; callers pass the item index conditions (alias <c>i</c>) and run what it returns.
/// </summary>
internal interface IContentSearchIndex
{
    /// <summary>The tables and indexes of the engine, for the schema migration that adds search.</summary>
    IReadOnlyList<string> CreateStatements { get; }

    Task IndexAsync(SqlSession session, IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken);

    Task RemoveAsync(SqlSession session, IReadOnlyCollection<long> documentIds, CancellationToken cancellationToken);

    /// <summary>Empties the index, before a rebuild.</summary>
    Task ClearAsync(SqlSession session, CancellationToken cancellationToken);

    /// <summary>A condition on <c>i.DocumentId</c>: the version's words match.</summary>
    string MatchCondition(SearchQuery query, string? culture, SqlParameters parameters);

    /// <summary>Rows (DocumentId, Score: higher is better) of the versions whose words match and whose item row passes the conditions, best first.</summary>
    SqlText RankedPage(SearchQuery query, string? culture, string itemTables, IEnumerable<string> itemConditions, SqlParameters parameters, int skip, int take);

    /// <summary>One row: how many versions <see cref="RankedPage"/> would give over all pages.</summary>
    SqlText Count(SearchQuery query, string? culture, string itemTables, IEnumerable<string> itemConditions, SqlParameters parameters);

    /// <summary>Rows (DocumentId, snippet text with <see cref="Indexing.SearchableText.MatchStart"/>/<c>MatchEnd</c> around matches) for these versions.</summary>
    SqlText Snippets(SearchQuery query, IReadOnlyCollection<long> documentIds, SqlParameters parameters);
}
