namespace Cms.Web.Hosting;

/// <summary>Where a site's files live: the database, media and data-protection keys.</summary>
public sealed class DataFolder
{
    public DataFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string DatabaseFile => System.IO.Path.Combine(Path, "cms.db");

    public string MediaPath => System.IO.Path.Combine(Path, "media");

    public string KeysPath => System.IO.Path.Combine(Path, "keys");

    /// <summary>The folder named by <c>Cms:DataPath</c> (default <c>App_Data</c>), relative to the content root.</summary>
    public static DataFolder FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var path = configuration[$"{CmsOptions.SectionName}:{nameof(CmsOptions.DataPath)}"] is { Length: > 0 } configured ? configured : "App_Data";
        return new DataFolder(System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Combine(contentRoot, path));
    }
}
