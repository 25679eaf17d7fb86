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

    public static DataFolder Resolve(CmsOptions options, string contentRoot) =>
        new(System.IO.Path.IsPathRooted(options.DataPath) ? options.DataPath : System.IO.Path.Combine(contentRoot, options.DataPath));
}
