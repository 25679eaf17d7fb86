namespace Cms.Web.Hosting;

/// <summary>Resolves configured relative paths (recipes) against the content root, then the executable's folder.</summary>
public static class AppPaths
{
    public static string Resolve(string path, string contentRoot)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var fromContentRoot = Path.GetFullPath(Path.Combine(contentRoot, path));
        if (File.Exists(fromContentRoot) || Directory.Exists(fromContentRoot))
        {
            return fromContentRoot;
        }

        var fromBase = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, path));
        return File.Exists(fromBase) || Directory.Exists(fromBase) ? fromBase : fromContentRoot;
    }
}
