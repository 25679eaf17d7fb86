namespace Cms.Web.Hosting;

/// <summary>Where a site's files live: the database, media and data-protection keys.</summary>
public sealed class DataFolder
{
    /// <exception cref="DataFolderException">The folder cannot be created, a file cannot be written in it, or the database file cannot be written.</exception>
    public DataFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        EnsureWritable(Path);
    }

    public string Path { get; }

    public string DatabaseFile => DatabaseFileIn(Path);

    public string MediaPath => System.IO.Path.Combine(Path, "media");

    public string KeysPath => System.IO.Path.Combine(Path, "keys");

    /// <summary>Resized images under the data folder: rebuilt on demand, so backups leave them out.</summary>
    public const string MediaCacheFolderName = "media-cache";

    /// <summary>The folder named by <c>Cms:DataPath</c> (default <c>App_Data</c>), relative to the content root.</summary>
    public static DataFolder FromConfiguration(IConfiguration configuration, string contentRoot) =>
        new(ResolvePath(configuration, contentRoot));

    /// <summary>The full path <see cref="FromConfiguration"/> would use, without creating anything.</summary>
    public static string ResolvePath(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration[$"{CmsOptions.SectionName}:{nameof(CmsOptions.DataPath)}"] is { Length: > 0 } configured ? configured : "App_Data";
        return System.IO.Path.GetFullPath(System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Combine(contentRoot, path));
    }

    public static string DatabaseFileIn(string folder) => System.IO.Path.Combine(folder, "cms.db");

    /// <summary>The file at <paramref name="path"/> or at one of its parents that stops the folder being created, if any.</summary>
    public static string? FileInTheWay(string path)
    {
        for (var current = path; !string.IsNullOrEmpty(current); current = System.IO.Path.GetDirectoryName(current))
        {
            if (File.Exists(current))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>
    /// Writes and deletes a probe file: permission bits alone do not tell (root ignores them, and a read-only
    /// mount or a file where the folder should be only shows when something is written).
    /// </summary>
    private void EnsureWritable(string path)
    {
        try
        {
            Directory.CreateDirectory(path);
            var probe = System.IO.Path.Combine(path, $".write-probe-{Guid.NewGuid():n}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            if (Directory.Exists(DatabaseFile))
            {
                throw new IOException($"'{DatabaseFile}' is a folder, not the database file");
            }

            if (File.Exists(DatabaseFile))
            {
                // Opened for writing and closed at once: a read-only database file fails here, not in the first migration.
                File.Open(DatabaseFile, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete).Dispose();
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DataFolderException(
                $"The data folder '{path}' cannot be written ({exception.Message}). Set Cms:DataPath (or --data-path) to a writable folder.",
                exception);
        }
    }
}
