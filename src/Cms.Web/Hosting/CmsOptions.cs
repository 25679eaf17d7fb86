using System.ComponentModel.DataAnnotations;

namespace Cms.Web.Hosting;

/// <summary>The <c>Cms</c> configuration section.</summary>
public sealed class CmsOptions
{
    public const string SectionName = "Cms";

    /// <summary>Folder for the database, media and keys; relative paths are under the content root. Default <c>App_Data</c>.</summary>
    [Required]
    public string DataPath { get; set; } = "App_Data";

    /// <summary>How long a node trusts its cached definitions before checking the store's version. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan DefinitionCacheCheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Estimated memory for parsed content items that GraphQL requests share (each kept per stored version, so never
    /// stale); 0 turns the cache off. Default 64 MB.
    /// </summary>
    [Range(0, 1_048_576)]
    public int ContentItemCacheMegabytes { get; set; } = 64;

    /// <summary>How long a writer waits for another writer (SQLite's busy timeout, PostgreSQL's lock timeout). Default 10 s.</summary>
    [Range(100, 600_000)]
    public int BusyTimeoutMilliseconds { get; set; } = 10_000;

    /// <summary>The application's recipes (found by name by the Recipes step). Default <c>recipes</c>.</summary>
    public string RecipesFolder { get; set; } = "recipes";

    /// <summary>The Liquid theme of <c>/preview</c>. Default <c>themes/IshrPreview</c>.</summary>
    public string PreviewTheme { get; set; } = "themes/IshrPreview";

    public SetupOptions Setup { get; set; } = new();

    public DatabaseOptions Database { get; set; } = new();
}
