namespace Cms.Tests.Recipes;

/// <summary>Orchard's recipes in ../shared/orchard-compat/recipes, read in place (they are never copied into the repo).</summary>
internal static class CompatRecipeFiles
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    public static string PathOf(string relativePath) => Path.Combine(Folder.Value, relativePath);

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cms.sln")))
            {
                var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "orchard-compat", "recipes"));
                return Directory.Exists(folder)
                    ? folder
                    : throw new DirectoryNotFoundException($"The shared Orchard recipes are missing: {folder}");
            }
        }

        throw new DirectoryNotFoundException($"No Cms.sln above {AppContext.BaseDirectory}.");
    }
}
