using Cms.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Cms.Benchmarks.Data;

/// <summary>The product's own services over one data folder, without listening (as the command line builds them).</summary>
internal static class CmsSite
{
    public const string AdminUserName = "admin";

    /// <summary>Only for the benchmark's throw-away sites under artifacts/.</summary>
    public const string AdminPassword = "Bench-Admin-Passw0rd!";

    public static async Task<WebApplication> OpenAsync(string dataPath)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [$"--Cms:DataPath={Path.GetFullPath(dataPath)}", "--Cms:Setup:Enabled=false"],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddCms();
        var app = builder.Build();
        await app.InitializeCmsAsync(runSetup: false);
        return app;
    }
}
