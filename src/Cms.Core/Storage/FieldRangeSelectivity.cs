using System.Globalization;
using Cms.Core.Querying;

namespace Cms.Core.Storage;

/// <summary>
/// Whether a field range should drive a page (see <see cref="DrivingFieldRange"/>): its rows in the field's value index
/// are counted up to one past the bound, so the count costs at most the bound's rows however many the range holds.
/// </summary>
internal static class FieldRangeSelectivity
{
    public static async Task<DrivingFieldRange?> DrivingRangeAsync(SqlSession session, ContentQuery query, CancellationToken cancellationToken)
    {
        if (DrivingFieldRange.Candidate(query) is not { } range)
        {
            return null;
        }

        if (DrivingFieldRange.RowBound(query) is not { } bound)
        {
            return range;
        }

        var parameters = new SqlParameters();
        var filters = new ContentFilterSql(session.Dialect, parameters);
        var sql = $"SELECT COUNT(*) FROM (SELECT 1 FROM {Tables.ForFieldValue(range.Field.Kind).Table} v " +
                  $"WHERE {FieldJoin.Where("v", range.Conditions, query.ContentTypes[0], filters, parameters)} " +
                  $"LIMIT {(bound + 1).ToString(CultureInfo.InvariantCulture)}) r";
        var rows = Convert.ToInt32(await session.ScalarAsync(sql, parameters.Values, cancellationToken), CultureInfo.InvariantCulture);
        return rows <= bound ? range : null;
    }
}
