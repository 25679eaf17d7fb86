using System.Numerics;

namespace Cms.Core.Storage;

/// <summary>
/// How many rows the next multi-row INSERT takes: the largest power of two that fits, up to the maximum. 37 rows go as
/// 32 + 4 + 1, so a table has six insert texts (1 to 32 rows) to keep prepared instead of one per row count.
/// </summary>
internal static class MultiRowInsert
{
    public const int MaxRowsPerStatement = 32;

    public static int NextRows(int remaining) =>
        remaining >= MaxRowsPerStatement ? MaxRowsPerStatement : 1 << BitOperations.Log2((uint)remaining);
}
