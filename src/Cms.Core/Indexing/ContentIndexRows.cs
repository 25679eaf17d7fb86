using System.Collections.Concurrent;
using System.Text;
using Cms.Core.Storage;

namespace Cms.Core.Indexing;

/// <summary>
/// Index rows waiting to be inserted, kept per table in the order they were added, then inserted with
/// multi-row statements: a batch of versions costs a few statements per table instead of one per row, and
/// each table receives its rows in the same order as row-by-row inserts would give it.
/// </summary>
internal sealed class ContentIndexRows
{
    // Rows per statement: few distinct statement texts to keep compiled, far below SQLite's parameter limit.
    private const int RowsPerStatement = MultiRowInsert.MaxRowsPerStatement;

    private static readonly ConcurrentDictionary<(string Table, int Rows), string> Statements = new();

    private readonly Dictionary<string, TableRows> _tables = new(StringComparer.Ordinal);

    /// <summary>Adds a row; <paramref name="columns"/> must be the same list every time for a table.</summary>
    public void Add(string table, string columns, int columnCount, params ReadOnlySpan<object?> values)
    {
        if (!_tables.TryGetValue(table, out var rows))
        {
            _tables[table] = rows = new TableRows(table, columns, columnCount);
        }

        rows.Values.AddRange(values);
    }

    /// <summary>The rows added so far, per table with its column list, each row's values as stored (<see cref="DbValues.From"/>).</summary>
    public IEnumerable<(string Table, string Columns, IReadOnlyList<object[]> Rows)> Pending() =>
        _tables.Values.Select(rows => (rows.Table, rows.Columns, (IReadOnlyList<object[]>)rows.Values.Chunk(rows.ColumnCount)
            .Select(row => row.Select(DbValues.From).ToArray()).ToList()));

    public async Task InsertAsync(SqlSession session, CancellationToken cancellationToken)
    {
        foreach (var rows in _tables.Values)
        {
            var count = rows.Values.Count / rows.ColumnCount;
            for (var first = 0; first < count;)
            {
                var take = MultiRowInsert.NextRows(count - first);
                var parameters = new (string Name, object? Value)[take * rows.ColumnCount];
                for (var i = 0; i < parameters.Length; i++)
                {
                    parameters[i] = (ParameterName(i), rows.Values[(first * rows.ColumnCount) + i]);
                }

                var sql = Statements.GetOrAdd((rows.Table, take), key => Insert(key.Table, rows.Columns, rows.ColumnCount, key.Rows));
                await session.ExecuteAsync(sql, parameters, cancellationToken);
                first += take;
            }
        }

        _tables.Clear();
    }

    private static readonly string[] ParameterNames = Enumerable.Range(0, RowsPerStatement * 16).Select(i => $"@p{i}").ToArray();

    private static string ParameterName(int index) => index < ParameterNames.Length ? ParameterNames[index] : $"@p{index}";

    private static string Insert(string table, string columns, int columnCount, int rowCount)
    {
        var text = new StringBuilder($"INSERT INTO {table} ({columns}) VALUES ");
        for (var row = 0; row < rowCount; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columnCount; column++)
            {
                text.Append(column == 0 ? "" : ", ").Append(ParameterName((row * columnCount) + column));
            }

            text.Append(')');
        }

        return text.ToString();
    }

    private sealed class TableRows(string table, string columns, int columnCount)
    {
        public string Table { get; } = table;

        public string Columns { get; } = columns;

        public int ColumnCount { get; } = columnCount;

        public List<object?> Values { get; } = [];
    }
}
