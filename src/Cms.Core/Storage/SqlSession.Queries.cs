using System.Globalization;
using Cms.Core.ContentModel;
using Cms.Core.Querying;

namespace Cms.Core.Storage;

/// <summary>Typed content queries (the query builder's SQL), their counts and their plans.</summary>
public abstract partial class SqlSession
{
    public async Task<IReadOnlyList<ContentItem>> QueryAsync(ContentQuery query, CancellationToken cancellationToken)
    {
        var sql = await SelectAsync(query, cancellationToken);
        return await ReadContentItemsAsync(sql.Text, sql.Parameters, cancellationToken);
    }

    /// <summary>A page of items with the cursor of each row, for keyset paging.</summary>
    public async Task<IReadOnlyList<ContentQueryRow>> QueryPageAsync(ContentQuery query, CancellationToken cancellationToken)
    {
        var sql = await SelectAsync(query, cancellationToken);
        var keyCount = query.EffectiveOrder.Count;
        var command = CreateCommand(sql.Text, sql.Parameters);
        await using var reader = await ExecuteReaderAsync(command, cancellationToken);
        var rows = new List<ContentQueryRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var item = ReadContentItem(reader);
            var keys = new object?[keyCount];
            for (var k = 0; k < keyCount; k++)
            {
                keys[k] = reader.IsDBNull(4 + k) ? null : reader.GetValue(4 + k);
            }

            rows.Add(new ContentQueryRow(item, ContentCursor.From(keys, item.DocumentId)));
        }

        return rows;
    }

    public async Task<int> CountAsync(ContentQuery query, CancellationToken cancellationToken)
    {
        var sql = ContentQuerySql.Count(query, Dialect);
        if (Counts is null || ContentCountCache.Key(sql) is not { } key)
        {
            return await CountRowsAsync(sql, cancellationToken);
        }

        // The version first: a commit between the two reads leaves an entry newer than its key, never older.
        var version = await ReadContentVersionAsync(cancellationToken);
        if (Counts.TryGet(version, key, out var cached))
        {
            return cached;
        }

        var count = await CountRowsAsync(sql, cancellationToken);
        Counts.Add(version, key, count);
        return count;
    }

    /// <summary>A page's statement; a field range that holds few rows starts it (one bounded count decides).</summary>
    private async Task<SqlText> SelectAsync(ContentQuery query, CancellationToken cancellationToken) =>
        ContentQuerySql.Select(query, Dialect, await FieldRangeSelectivity.DrivingRangeAsync(this, query, cancellationToken));

    private async Task<int> CountRowsAsync(SqlText sql, CancellationToken cancellationToken) =>
        Convert.ToInt32(await ScalarAsync(sql.Text, sql.Parameters, cancellationToken), CultureInfo.InvariantCulture);

    /// <summary>The database's plan of a query's page, for tests that prove an index is used.</summary>
    public async Task<string> ExplainAsync(ContentQuery query, CancellationToken cancellationToken) =>
        await ExplainAsync(await SelectAsync(query, cancellationToken), cancellationToken);

    /// <summary>The database's plan of a query's count.</summary>
    public Task<string> ExplainCountAsync(ContentQuery query, CancellationToken cancellationToken) =>
        ExplainAsync(ContentQuerySql.Count(query, Dialect), cancellationToken);

    private async Task<string> ExplainAsync(SqlText sql, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        var command = CreateCommand(Dialect.ExplainQueryPlan(sql.Text), sql.Parameters);
        await using var reader = await ExecuteReaderAsync(command, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(reader.GetString(reader.FieldCount - 1));
        }

        return string.Join('\n', lines);
    }
}
