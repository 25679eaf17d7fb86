using Cms.Core.Setup;
using Cms.Core.Storage;
using Cms.Web.Hosting;
using Microsoft.Extensions.Logging.Console;

namespace Cms.Web.Cli;

/// <summary>
/// The same services as the server, without listening, for one verb: configuration checked first, then (unless the
/// verb sets a site up) the data path must already hold a site, so a mistyped path is refused and nothing is created.
/// A store at an older schema is migrated, and the verb says so; a verb that only reads (<c>readOnly</c>) never
/// migrates: it stops and asks for <c>migrate</c>. Logs go to standard error, never among a verb's output.
/// </summary>
internal static class VerbHost
{
    /// <param name="readOnly">The verb only reads: an older store is not migrated, the verb stops asking for <c>migrate</c>.</param>
    /// <param name="migrate">
    /// False for verbs that inspect the store as it is (verify): neither the schema check nor the write lock is taken.
    /// </param>
    public static async Task<WebApplication> OpenAsync(
        VerbContext context, string? dataPath, bool requireSite, bool readOnly = false, bool migrate = true)
    {
        var (builder, folder) = Prepare(context, dataPath, requireSite);
        builder.AddCms();
        var app = builder.Build();
        app.Services.GetRequiredService<DocumentStore>().ProcessName = $"cms {context.Verb}".TrimEnd();
        try
        {
            if (readOnly)
            {
                await EnsureCurrentSchemaAsync(app, context, folder);
            }

            if (migrate)
            {
                var before = await app.InitializeCmsAsync(runSetup: false);
                ReportMigration(context, before, SchemaMigrations.Latest(app.Services.GetRequiredService<DocumentStore>().Dialect));
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
    public static string FindFolder(VerbContext context, string? dataPath, bool requireSite)
    {
        var (builder, folder) = Prepare(context, dataPath, requireSite);
        if (!OnSqlite(builder.Configuration))
        {
            throw new CommandLineException(
                $"'{context.Verb}' works on SQLite's database file, but this site's store is on PostgreSQL ({DatabaseOptions.SectionName}:" +
                $"{nameof(DatabaseOptions.Provider)}=Postgres): use pg_dump and pg_restore for the database, and copy the media folder beside it.");
        }

        return folder;
    }

    private static bool OnSqlite(ConfigurationManager configuration) =>
        configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider is null or DatabaseProvider.Sqlite;

    private static (WebApplicationBuilder Builder, string Folder) Prepare(VerbContext context, string? dataPath, bool requireSite)
    {
        List<string> args = [.. context.ConfigurationArgs];
        if (dataPath is not null)
        {
            args.Add($"--{CmsOptions.SectionName}:{nameof(CmsOptions.DataPath)}={Path.GetFullPath(dataPath)}");
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. args] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        CmsConfigurationCheck.ThrowIfInvalid(builder.Configuration, builder.Environment.ContentRootPath, context.ConfigurationArgs);
        var folder = DataFolder.ResolvePath(builder.Configuration, builder.Environment.ContentRootPath);
        context.Report.DataPath = folder;
        if (requireSite && OnSqlite(builder.Configuration) && !File.Exists(DataFolder.DatabaseFileIn(folder)))
        {
            throw new CommandLineException(NoSite(folder, "it holds no cms.db"));
        }

        return (builder, folder);
    }

    private static async Task EnsureCurrentSchemaAsync(WebApplication app, VerbContext context, string folder)
    {
        var store = app.Services.GetRequiredService<DocumentStore>();
        var current = await store.GetSchemaVersionAsync(CancellationToken.None);
        var latest = SchemaMigrations.Latest(store.Dialect);
        if (current == 0)
        {
            throw new CommandLineException(NoSite(folder, "its database was never set up"));
        }

        if (current < latest)
        {
            throw new MigrationRequiredException(
                $"The store in '{folder}' is at schema {current}; this version of Cms needs schema {latest}. " +
                $"'{context.Report.Verb}' only reads and changes nothing, so it does not migrate: run 'migrate --data-path {folder}' " +
                "first (take a backup before), then run it again.");
        }
    }

    /// <summary>A new store (version 0) is simply created; an existing one says what migrating did.</summary>
    private static void ReportMigration(VerbContext context, int before, int latest)
    {
        if (before > 0 && before < latest)
        {
            context.Report.Migration = (before, latest);
            context.Say($"Store migrated from schema {before} to {latest}.");
        }
    }

    private static string NoSite(string folder, string reason) =>
        $"No site at '{folder}': {reason}. Check --data-path (or Cms:DataPath), or create the site with 'setup --data-path {folder}'.";
}
