using System.Globalization;
using System.Text;
using Cms.Core.Storage;

namespace Cms.Core.Querying;

/// <summary>
/// Compiles a <see cref="ContentQuery"/> to portable SQL over the index tables. The page is chosen from the indexes
/// alone (an inner query: the conditions, the ordering keys, the limit) and only its rows are joined with their
/// documents, so no JSON is read for a row the page passes over, nor carried through a sort. Which index drives is
/// left to the database's planner, given shapes it can seek on: key look-ups and field values as joins, keyset
/// bounds as plain ranges (see <see cref="ContentQueryFrom"/> and <see cref="KeysetCondition"/>).
/// </summary>
internal sealed class ContentQuerySql
{
    private readonly ContentQuery _query;
    private readonly ISqlDialect _dialect;
    private readonly DrivingFieldRange? _drivingRange;
    private readonly SqlParameters _parameters = new();

    private ContentQuerySql(ContentQuery query, ISqlDialect dialect, DrivingFieldRange? drivingRange = null)
    {
        _query = query;
        _dialect = dialect;
        _drivingRange = drivingRange;
    }

    /// <param name="drivingRange">A field range the store found selective enough to start from (see <see cref="DrivingFieldRange"/>).</param>
    public static SqlText Select(ContentQuery query, ISqlDialect dialect, DrivingFieldRange? drivingRange = null) =>
        new ContentQuerySql(query, dialect, drivingRange).BuildSelect();

    public static SqlText Count(ContentQuery query, ISqlDialect dialect) => new ContentQuerySql(query, dialect).BuildCount();

    private SqlText BuildSelect()
    {
        var from = ContentQueryFrom.Build(_query, _dialect, _parameters, forCount: false, _drivingRange);
        var keys = from.Keys;
        IReadOnlyList<string?> branches = [null];
        if (_query.After is { } after)
        {
            if (after.KeyValues.Count != keys.Count)
            {
                throw new ContentQueryException("The cursor was made for a different ordering.");
            }

            branches = KeysetCondition.After(keys, from.TieBreak, after, _parameters.Add);
        }

        var descending = keys[^1].Descending;
        var innerOrder = string.Join(", ", keys.Select(k => Direction(k.Expression, k.Descending))
            .Append(descending ? $"{from.TieBreak} DESC" : $"{from.TieBreak} ASC"));
        var outerOrder = string.Join(", ", keys.Select((k, index) => Direction($"p.k{index}", k.Descending))
            .Append(descending ? "p.DocumentId DESC" : "p.DocumentId ASC"));
        var columns = "i.DocumentId AS DocumentId, i.DocumentVersion AS DocumentVersion" +
            string.Concat(keys.Select((k, index) => $", {k.Expression} AS k{index}"));

        // One branch pages in the inner query; two (a keyset whose first key may be NULL) each take up to a page, and
        // the outer query merges them and pages.
        var single = branches.Count == 1;
        var branchLimit = single ? Limit(_query.Take, _query.Skip) : Limit(_query.Take + _query.Skip, 0);
        var inner = string.Join(" UNION ALL ", branches.Select(branch =>
        {
            var where = branch is null ? from.Conditions : [.. from.Conditions, branch];
            var select = $"SELECT {columns} FROM {from.Tables} WHERE {string.Join(" AND ", where)} ORDER BY {innerOrder}{branchLimit}";
            return single ? select : $"SELECT * FROM ({select}) b";
        }));
        var sql = new StringBuilder()
            .Append("SELECT d.Id, d.Content, p.DocumentVersion, p.DocumentId")
            .Append(string.Concat(keys.Select((_, index) => $", p.k{index}")))
            .Append(" FROM (").Append(inner).Append(") p JOIN ").Append(Tables.Documents).Append(" d ON d.Id = p.DocumentId")
            .Append(" ORDER BY ").Append(outerOrder)
            .Append(single ? "" : Limit(_query.Take, _query.Skip));
        return new SqlText(sql.ToString(), _parameters.Values);
    }

    private SqlText BuildCount()
    {
        if (_query.Cultures is null && FieldIndexCount.TryBuild(_query, _dialect, _parameters) is { } fieldCount)
        {
            return new SqlText(fieldCount, _parameters.Values);
        }

        var from = ContentQueryFrom.Build(_query, _dialect, _parameters, forCount: true);
        return new SqlText($"SELECT COUNT(*) FROM {from.Tables} WHERE {string.Join(" AND ", from.Conditions)}", _parameters.Values);
    }

    private static string Direction(string expression, bool descending) =>
        descending ? $"{expression} DESC NULLS LAST" : $"{expression} ASC NULLS FIRST";

    /// <summary>
    /// The limit is a literal, not a parameter: SQLite plans with the limit's value, so a statement whose limit is bound is
    /// compiled again on every run, while with the number in its text it is compiled once per connection.
    /// </summary>
    private string Limit(int? take, int skip)
    {
        var text = take is { } value ? " LIMIT " + value.ToString(CultureInfo.InvariantCulture) : skip > 0 ? " " + _dialect.UnboundedLimit : "";
        return skip > 0 ? text + " OFFSET " + _parameters.Add(skip) : text;
    }
}
