using Cms.Benchmarks.Load;

namespace Cms.Benchmarks.Run;

/// <summary>Starts the real server (Release) and the raw baseline as child processes on 127.0.0.1 free ports.</summary>
internal static class Servers
{
    public static async Task<(ChildProcess Process, string Url)> StartCmsAsync(BenchmarkPaths paths, string dataPath, bool logRequests)
    {
        var url = $"http://127.0.0.1:{ChildProcess.FreePort()}";
        List<string> args =
        [
            "--urls", url, $"--Cms:DataPath={dataPath}", "--Cms:Setup:Enabled=false",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
        ];
        if (logRequests)
        {
            // Kestrel's own "Request finished ... in N ms" line: the time spent inside the server.
            args.Add("--Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Information");
        }

        var process = ChildProcess.Start(paths.Server, args, paths.Repository);
        await process.WaitUntilHealthyAsync(url + "/health");
        return (process, url);
    }

    public static async Task<(ChildProcess Process, string Url)> StartBaselineAsync(BenchmarkPaths paths, string dataPath)
    {
        var url = $"http://127.0.0.1:{ChildProcess.FreePort()}";
        var process = paths.StartSelf(["baseline", "--data", dataPath, "--urls", url]);
        await process.WaitUntilHealthyAsync(url + "/health");
        return (process, url);
    }
}
