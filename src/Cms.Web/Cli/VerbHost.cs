using Cms.Core.Setup;
using Cms.Web.Hosting;

namespace Cms.Web.Cli;

/// <summary>
/// The same services as the server, without listening, for one verb: configuration checked first, then (unless the
/// verb sets a site up) the data path must already hold a site, so a mistyped path is refused and nothing is created.
/// </summary>
internal static class VerbHost
{
    public static async Task<WebApplication> OpenAsync(VerbContext context, string? dataPath, bool requireSite)
    {
        List<string> args = [.. context.ConfigurationArgs];
        if (dataPath is not null)
        {
            args.Add($"--{CmsOptions.SectionName}:{nameof(CmsOptions.DataPath)}={Path.GetFullPath(dataPath)}");
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. args] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        CmsConfigurationCheck.ThrowIfInvalid(builder.Configuration, builder.Environment.ContentRootPath, context.ConfigurationArgs);
        var folder = DataFolder.ResolvePath(builder.Configuration, builder.Environment.ContentRootPath);
        if (requireSite && !File.Exists(DataFolder.DatabaseFileIn(folder)))
        {
            throw new CommandLineException(NoSite(folder, "it holds no cms.db"));
        }

        builder.AddCms();
        var app = builder.Build();
        try
        {
            await app.InitializeCmsAsync(runSetup: false);
            if (requireSite && !await app.Services.GetRequiredService<SiteSetup>().IsSetUpAsync(CancellationToken.None))
            {
                throw new CommandLineException(NoSite(folder, "its database was never set up"));
            }

            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private static string NoSite(string folder, string reason) =>
        $"No site at '{folder}': {reason}. Check --data-path (or Cms:DataPath), or create the site with 'setup --data-path {folder}'.";
}
