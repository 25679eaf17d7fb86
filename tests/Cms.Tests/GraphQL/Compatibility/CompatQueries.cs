namespace Cms.Tests.GraphQL.Compatibility;

/// <summary>The queries Orchard's tests send, read in place from ../shared/orchard-compat/graphql (never copied into the repo).</summary>
internal static class CompatQueries
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder.Value, name + ".graphql")).Trim();

    /// <summary>Every query file's name (without .graphql), so a new file in the folder fails the coverage test.</summary>
    public static IReadOnlyList<string> All() =>
        Directory.EnumerateFiles(Folder.Value, "*.graphql").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Order(StringComparer.Ordinal).ToList();

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cms.sln")))
            {
                var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "orchard-compat", "graphql"));
                return Directory.Exists(folder)
                    ? folder
                    : throw new DirectoryNotFoundException($"The shared Orchard GraphQL queries are missing: {folder}");
            }
        }

        throw new DirectoryNotFoundException($"No Cms.sln above {AppContext.BaseDirectory}.");
    }
}
