using Cms.Core.Setup;
using Cms.Core.Storage;
using Cms.Web.Hosting;

namespace Cms.Web.Cli;

/// <summary>
/// The same services as the server, without listening, for one verb: configuration checked first, then (unless the
/// verb sets a site up) the data path must already hold a site, so a mistyped path is refused and nothing is created.
/// </summary>
internal static class VerbHost
{
    /// <param name="migrate">False for verbs that only read: they must not wait for, or take, the write lock.</param>
    public static async Task<WebApplication> OpenAsync(VerbContext context, string? dataPath, bool requireSite, bool migrate = true)
    {
        var (builder, folder) = Prepare(context, dataPath, requireSite);
        builder.AddCms();
        var app = builder.Build();
        app.Services.GetRequiredService<DocumentStore>().ProcessName = $"cms {context.Verb}".TrimEnd();
        try
        {
            if (migrate)
            {
                await app.InitializeCmsAsync(runSetup: false);
            }

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

    /// <summary>
    /// The data folder (of an existing site when <paramref name="requireSite"/>), with the configuration checked and no host
    /// built: for verbs that work on the files (backup, restore), which must neither migrate nor wait for a writer.
    /// </summary>
    public static string FindFolder(VerbContext context, string? dataPath, bool requireSite) => Prepare(context, dataPath, requireSite).Folder;

    private static (WebApplicationBuilder Builder, string Folder) Prepare(VerbContext context, string? dataPath, bool requireSite)
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

        return (builder, folder);
    }

    private static string NoSite(string folder, string reason) =>
        $"No site at '{folder}': {reason}. Check --data-path (or Cms:DataPath), or create the site with 'setup --data-path {folder}'.";
}
