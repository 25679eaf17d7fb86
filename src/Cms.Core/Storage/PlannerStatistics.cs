using System.Data.Common;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Storage;

/// <summary>
/// Keeps the planner's statistics current: after migrations (at start-up) and after bulk loads. Only tables whose
/// index columns each mean one thing are analysed. The field value tables are left out on purpose: one index holds
/// every field of every type, so its per-column averages describe no real field (a recipient shared by 7% of letters
/// averaged with unique summaries reads as three rows), and a planner that believed them would drive a query from a
/// common value and sort thousands of rows instead of walking the ordering index; without figures it treats a value
/// match as selective, which the join shapes of the query builder rely on.
/// </summary>
public static class PlannerStatistics
{
    private static readonly string[] AnalyzedTables =
    [
        Documents, ContentItemIndex, AutoroutePartIndex, AliasPartIndex, ContainedPartIndex, TaxonomyIndex, ContentPickerFieldIndex, UserIndex,
    ];

    public static async Task RefreshAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        foreach (var table in AnalyzedTables)
        {
            await using var command = connection.CreateCommand();
            // ANALYZE with a table name is the same statement on SQLite and PostgreSQL.
            command.CommandText = $"ANALYZE {table}";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
