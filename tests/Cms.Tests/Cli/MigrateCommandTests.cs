using Cms.Core.Storage;
using Cms.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Cms.Tests.Cli;

/// <summary>
/// A site whose store is one schema behind (every schema after 4 rolled back, as a site written by the version before it):
/// verbs that write migrate it and say so, verbs that only read refuse and ask for <c>migrate</c>.
/// </summary>
public sealed class MigrateCommandTests : IAsyncLifetime, IDisposable
{
    private readonly CliTestFolder _cli = new();

    private string DataPath => _cli.DataPath;

    public async Task InitializeAsync()
    {
        await _cli.SetUpEmptySiteAsync();
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(DataPath, "cms.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP INDEX IX_{Tables.ContentItemIndex}_TypeCurrentCreated; DROP INDEX IX_{Tables.ContentItemIndex}_TypeDraftCreated; " +
            $"DELETE FROM {Tables.SchemaVersion} WHERE Version >= 5;";
        await command.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Export_StoreAtAnOlderSchema_RefusesAskingForMigrateAndChangesNothing()
    {
        var (code, output, errors) = await CliTestFolder.RunAsync("export", "--data-path", DataPath);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains($"is at schema 4; this version of Cms needs schema {Latest}", errors, StringComparison.Ordinal);
        Assert.Contains($"run 'migrate --data-path {DataPath}'", errors, StringComparison.Ordinal);
        Assert.Equal(4, await SchemaVersionAsync());
    }

    [Fact]
    public async Task ExportJson_StoreAtAnOlderSchema_ReportsMigrationRequired()
    {
        var (code, output, _) = await CliTestFolder.RunAsync("export", "--data-path", DataPath, "--json");

        Assert.Equal(1, code);
        var report = VerbReportSchema.Parse(output);
        Assert.Equal("migrationRequired", report["error"]!["kind"]!.GetValue<string>());
        Assert.Null(report["migration"]);
        Assert.Equal(4, await SchemaVersionAsync());
    }

    [Fact]
    public async Task Migrate_StoreAtAnOlderSchema_SaysWhatItDidThenExportRuns()
    {
        var migrate = await CliTestFolder.RunAsync("migrate", "--data-path", DataPath);
        var again = await CliTestFolder.RunAsync("migrate", "--data-path", DataPath);
        var export = await CliTestFolder.RunAsync("export", "--data-path", DataPath, "--json");

        Assert.Equal(0, migrate.ExitCode);
        Assert.Contains($"Store migrated from schema 4 to {Latest}.", migrate.Output, StringComparison.Ordinal);
        Assert.Contains($"Store is at schema {Latest} already; nothing to migrate.", again.Output, StringComparison.Ordinal);
        Assert.Equal(0, export.ExitCode);
        Assert.Null(VerbReportSchema.Parse(export.Output)["migration"]);
    }

    [Fact]
    public async Task RecipeRun_StoreAtAnOlderSchema_MigratesAndSaysSoInTextAndReport()
    {
        var recipe = _cli.WriteRecipe("""{ "name": "Rename", "steps": [ { "name": "Settings", "SiteName": "Renamed" } ] }""");

        var (code, output, _) = await CliTestFolder.RunAsync("recipe", "run", recipe, "--data-path", DataPath, "--json");

        Assert.Equal(0, code);
        var migration = VerbReportSchema.Parse(output)["migration"]!;
        Assert.Equal((4, Latest), (migration["from"]!.GetValue<int>(), migration["to"]!.GetValue<int>()));
        Assert.Equal(Latest, await SchemaVersionAsync());
    }

    /// <summary>The schema this build migrates to (versions after 5 are re-runnable, so the store is taken back to 4 by its rows).</summary>
    private static int Latest
    {
        get
        {
            using var dialect = new SqliteDialect("unused.db");
            return SchemaMigrations.Latest(dialect);
        }
    }

    private async Task<long> SchemaVersionAsync()
    {
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(DataPath, "cms.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT MAX(Version) FROM {Tables.SchemaVersion}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
