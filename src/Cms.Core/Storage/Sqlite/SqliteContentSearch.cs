using System.Globalization;
using System.Text;
using Cms.Core.Indexing;
using Cms.Core.Querying;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Storage.Sqlite;

/// <summary>
/// Full-text search on SQLite's FTS5, one virtual table per tokenizer: English (and items without a culture) with the
/// Porter stemmer, so "defenders" finds "defender"; other cultures without stemming, which would be English rules
/// applied to their words. Both fold accents ("Bogotá" is found by "bogota"). A table's rowid is the version's document
/// id, so a match joins the item index on its key. Columns are weighted in bm25: title 10, terms 4, body 1.
/// </summary>
internal sealed class SqliteContentSearch : IContentSearchIndex
{
    public static SqliteContentSearch Instance { get; } = new();

    private const int RowsPerStatement = 32;

    private const string Columns = "Title, Body, Terms, Culture UNINDEXED";

    private const string Weights = "10.0, 1.0, 4.0";

    private static readonly string[] SearchTables = [ContentSearchStemmed, ContentSearchFolded];

    private SqliteContentSearch()
    {
    }

    public IReadOnlyList<string> CreateStatements { get; } =
    [
        $"CREATE VIRTUAL TABLE IF NOT EXISTS {ContentSearchStemmed} USING fts5({Columns}, tokenize = 'porter unicode61 remove_diacritics 2')",
        $"CREATE VIRTUAL TABLE IF NOT EXISTS {ContentSearchFolded} USING fts5({Columns}, tokenize = 'unicode61 remove_diacritics 2')",
    ];

    /// <summary>The table a culture's words go to: stemming is English-only.</summary>
    public static string TableFor(string? culture) =>
        string.IsNullOrEmpty(culture) || culture.Equals("en", StringComparison.OrdinalIgnoreCase) ||
        culture.StartsWith("en-", StringComparison.OrdinalIgnoreCase)
            ? ContentSearchStemmed
            : ContentSearchFolded;

    public async Task IndexAsync(SqlSession session, IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        foreach (var group in documents.GroupBy(document => TableFor(document.Culture)))
        {
            foreach (var chunk in group.Chunk(RowsPerStatement))
            {
                var parameters = new SqlParameters();
                var rows = chunk.Select(d =>
                    $"({parameters.Add(d.DocumentId)}, {parameters.Add(d.Title)}, {parameters.Add(d.Body)}, {parameters.Add(d.Terms)}, {parameters.Add(d.Culture)})");
                await session.ExecuteAsync($"INSERT INTO {group.Key} (rowid, Title, Body, Terms, Culture) VALUES {string.Join(", ", rows)}",
                    parameters.Values, cancellationToken);
            }
        }
    }

    public async Task RemoveAsync(SqlSession session, IReadOnlyCollection<long> documentIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in documentIds.Chunk(RowsPerStatement * 4))
        {
            foreach (var table in SearchTables)
            {
                var parameters = new SqlParameters();
                var condition = chunk.Length == 1
                    ? $"rowid = {parameters.Add(chunk[0])}"
                    : $"rowid IN ({string.Join(", ", chunk.Select(id => parameters.Add(id)))})";
                await session.ExecuteAsync($"DELETE FROM {table} WHERE {condition}", parameters.Values, cancellationToken);
            }
        }
    }

    public async Task ClearAsync(SqlSession session, CancellationToken cancellationToken)
    {
        foreach (var table in SearchTables)
        {
            await session.ExecuteAsync($"DELETE FROM {table}", [], cancellationToken);
        }
    }

    public string MatchCondition(SearchQuery query, string? culture, SqlParameters parameters) =>
        $"i.DocumentId IN ({Matches(query, culture, parameters, withRank: false)})";

    public SqlText RankedPage(
        SearchQuery query, string? culture, string itemTables, IEnumerable<string> itemConditions, SqlParameters parameters, int skip, int take)
    {
        // CROSS JOIN keeps SQLite's join order as written: the matches first, each looked up in the item index by its key,
        // rather than walking an index of every published row and probing the matches.
        var sql = $"SELECT s.DocumentId, -s.Rank AS Score FROM ({Matches(query, culture, parameters, withRank: true)}) s " +
            $"CROSS JOIN {itemTables} WHERE i.DocumentId = s.DocumentId AND {string.Join(" AND ", itemConditions)} " +
            $"ORDER BY s.Rank, s.DocumentId LIMIT {take.ToString(CultureInfo.InvariantCulture)}" +
            (skip > 0 ? $" OFFSET {parameters.Add(skip)}" : "");
        return new SqlText(sql, parameters.Values);
    }

    public SqlText Count(SearchQuery query, string? culture, string itemTables, IEnumerable<string> itemConditions, SqlParameters parameters)
    {
        var sql = $"SELECT COUNT(*) FROM ({Matches(query, culture, parameters, withRank: false)}) s " +
            $"CROSS JOIN {itemTables} WHERE i.DocumentId = s.DocumentId AND {string.Join(" AND ", itemConditions)}";
        return new SqlText(sql, parameters.Values);
    }

    public SqlText Snippets(SearchQuery query, IReadOnlyCollection<long> documentIds, SqlParameters parameters)
    {
        var match = parameters.Add(MatchExpression(query));
        var (start, end) = (parameters.Add(SearchableText.MatchStart.ToString()), parameters.Add(SearchableText.MatchEnd.ToString()));
        var ids = string.Join(", ", documentIds.Select(id => parameters.Add(id)));
        var sql = string.Join(" UNION ALL ", SearchTables.Select(table =>
            $"SELECT rowid, snippet({table}, -1, {start}, {end}, '…', 24) FROM {table} WHERE {table} MATCH {match} AND rowid IN ({ids})"));
        return new SqlText(sql, parameters.Values);
    }

    /// <summary>
    /// The FTS5 expression of a query. Every term is written as an FTS5 string (double quotes, inner quotes doubled), so
    /// nothing a user types is read as FTS5 syntax: a term is matched as the words the tokenizer finds in it.
    /// </summary>
    internal static string MatchExpression(SearchQuery query)
    {
        var required = query.Clauses.Where(c => !c.Excluded).Select(c => c.Alternatives.Count == 1
            ? Term(c.Alternatives[0])
            : "(" + string.Join(" OR ", c.Alternatives.Select(Term)) + ")");
        var expression = string.Join(" AND ", required);
        var excluded = query.Clauses.Where(c => c.Excluded).SelectMany(c => c.Alternatives).Select(Term).ToList();
        return excluded.Count == 0 ? expression : $"({expression}) NOT ({string.Join(" OR ", excluded)})";
    }

    private static string Term(SearchTerm term) =>
        new StringBuilder("\"").Append(term.Text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"')
            .Append(term.IsPrefix ? "*" : "").ToString();

    /// <summary>The document ids (and with <paramref name="withRank"/>, bm25: lower is better) whose words match.</summary>
    private static string Matches(SearchQuery query, string? culture, SqlParameters parameters, bool withRank)
    {
        var match = parameters.Add(MatchExpression(query));
        // Items without a culture sit in the stemmed table, and are kept whatever culture is asked for.
        string[] tables = culture is null ? SearchTables : [.. new[] { TableFor(culture), ContentSearchStemmed }.Distinct()];
        var cultureCondition = culture is null ? "" : $" AND (Culture IS NULL OR Culture = {parameters.Add(culture)})";
        return string.Join(" UNION ALL ", tables.Select(table =>
            $"SELECT rowid AS DocumentId{(withRank ? $", bm25({table}, {Weights}) AS Rank" : "")} FROM {table} " +
            $"WHERE {table} MATCH {match}{cultureCondition}"));
    }
}
