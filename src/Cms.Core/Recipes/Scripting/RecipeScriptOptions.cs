using System.ComponentModel.DataAnnotations;

namespace Cms.Core.Recipes.Scripting;

/// <summary>
/// Limits of the <c>[js: ...]</c> sandbox, applied to each evaluation separately. The defaults leave room for
/// everything real recipes do (ids, dates, string building) and stop runaway or hostile scripts in seconds.
/// </summary>
public sealed class RecipeScriptOptions
{
    public const string SectionName = "Cms:Recipes:Scripting";

    /// <summary>Wall-clock limit of one evaluation. Default 2 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Bytes one evaluation may allocate. Default 64 MB.</summary>
    [Range(1, long.MaxValue)]
    public long MemoryLimitBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Statements one evaluation may execute. Default 1,000,000.</summary>
    [Range(1, int.MaxValue)]
    public int MaxStatements { get; set; } = 1_000_000;

    /// <summary>Nested JavaScript calls allowed. Default 256.</summary>
    [Range(1, int.MaxValue)]
    public int MaxRecursionDepth { get; set; } = 256;

    /// <summary>
    /// Bytes <c>gzip()</c> may inflate in one evaluation (all its calls together). Default 10 MB. The output is
    /// held twice (the bytes and their base64 text, about four bytes per byte), so the cap in force is the
    /// smaller of this and a quarter of <see cref="MemoryLimitBytes"/>: gzip() alone never outgrows the memory limit.
    /// </summary>
    [Range(1, long.MaxValue)]
    public long MaxGzipOutputBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>The gzip() cap in force (see <see cref="MaxGzipOutputBytes"/>).</summary>
    internal long GzipOutputCap => Math.Min(MaxGzipOutputBytes, MemoryLimitBytes / 4);

    internal void Validate()
    {
        if (Timeout <= TimeSpan.Zero || MemoryLimitBytes <= 0 || MaxStatements <= 0 || MaxRecursionDepth <= 0 || MaxGzipOutputBytes <= 0)
        {
            throw new InvalidOperationException(
                $"{SectionName}: Timeout, MemoryLimitBytes, MaxStatements, MaxRecursionDepth and MaxGzipOutputBytes must all be positive.");
        }
    }
}
