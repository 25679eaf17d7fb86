using System.Globalization;
using Cms.Benchmarks.Load;

namespace Cms.Benchmarks.Run;

/// <summary>Where things are: the repository, the Release server, the artifacts folder, and how to start this program again.</summary>
internal sealed class BenchmarkPaths
{
    /// <param name="server">Another build of the server to run (e.g. the code before a change, for a comparison); default this repository's Release build.</param>
    public BenchmarkPaths(string repository, string artifacts, string? server = null)
    {
        Repository = repository;
        Artifacts = artifacts;
        Directory.CreateDirectory(artifacts);
        Server = server is null ? Path.Combine(repository, "src", "Cms.Web", "bin", "Release", "net10.0", "Cms.Web") : Path.GetFullPath(server);
        if (!File.Exists(Server))
        {
            throw new BenchmarkException($"The Release server is missing at {Server}: build with `dotnet build -c Release tests/Cms.Benchmarks`.");
        }
    }

    public string Repository { get; }

    public string Artifacts { get; }

    public string Server { get; }

    public string DataFolder(int letters) => Path.Combine(Artifacts, "data", $"letters-{letters.ToString(CultureInfo.InvariantCulture)}");

    public static string FindRepository(string? given)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given);
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Cms.sln")))
            {
                return folder.FullName;
            }
        }

        throw new BenchmarkException("Cannot find Cms.sln above the program; pass --repo.");
    }

    /// <summary>Runs one of this program's verbs as a child process (so its memory is measured alone).</summary>
    public Task<string> RunSelfAsync(IEnumerable<string> args, TimeSpan timeout)
    {
        var self = Environment.ProcessPath ?? throw new BenchmarkException("Cannot tell this program's path.");
        var prefix = Path.GetFileNameWithoutExtension(self) == "dotnet" ? [typeof(BenchmarkPaths).Assembly.Location] : Array.Empty<string>();
        return ChildProcess.RunAsync(self, [.. prefix, .. args], Repository, timeout);
    }

    public ChildProcess StartSelf(IEnumerable<string> args)
    {
        var self = Environment.ProcessPath ?? throw new BenchmarkException("Cannot tell this program's path.");
        var prefix = Path.GetFileNameWithoutExtension(self) == "dotnet" ? [typeof(BenchmarkPaths).Assembly.Location] : Array.Empty<string>();
        return ChildProcess.Start(self, [.. prefix, .. args], Repository);
    }
}
