namespace Cms.Web.Admin;

/// <summary>Finds the built admin theme: configured, or themes/TheAdmin/dist above the content root (the repository layout).</summary>
internal static class AdminTheme
{
    public static string? Locate(string? configured, string contentRoot)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            var path = Path.GetFullPath(configured, contentRoot);
            return Directory.Exists(path) ? path : null;
        }

        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "themes", "TheAdmin", "dist");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
