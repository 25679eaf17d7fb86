using Cms.Core.Storage;
using Cms.Core.Storage.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Cms.Tests.Cli;

public sealed class WriteLockCommandTests : IDisposable
{
    private readonly CliTestFolder _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task RecipeRun_WhileAnotherVerbImports_NamesItsVerbPidAndStartTime()
    {
        await _cli.SetUpEmptySiteAsync();
        var recipe = _cli.WriteRecipe("""{ "name": "Hotfix", "steps": [ { "name": "Settings", "SiteName": "Hotfix" } ] }""");
        using var importDialect = new SqliteDialect(Path.Combine(_cli.DataPath, "cms.db"));
        var started = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 20, 41, 3, TimeSpan.Zero));
        var import = new DocumentStore(importDialect) { ProcessName = "cms recipe run", Clock = started };

        (int? ExitCode, string Output, string Errors) waited;
        await using (await import.OpenLongWriteSessionAsync("recipe 'Letters 20k'", CancellationToken.None))
        {
            waited = await CliTestFolder.RunAsync("recipe", "run", recipe, "--data-path", _cli.DataPath, "--Cms:BusyTimeoutMilliseconds=200");
        }

        var retried = await CliTestFolder.RunAsync("recipe", "run", recipe, "--data-path", _cli.DataPath);

        Assert.Equal(1, waited.ExitCode);
        Assert.Contains("stayed locked by another writer", waited.Errors, StringComparison.Ordinal);
        Assert.Contains($"'cms recipe run' running recipe 'Letters 20k' (pid {Environment.ProcessId} on {Environment.MachineName}, started 2026-12-07 20:41:03 UTC",
            waited.Errors, StringComparison.Ordinal);
        Assert.Contains("Retry when that has finished", waited.Errors, StringComparison.Ordinal);
        Assert.True(retried.ExitCode == 0, retried.Output + retried.Errors);
    }

    [Fact]
    public async Task Verify_WhileALongWriterHoldsTheStore_ReadsWithoutWaiting()
    {
        await _cli.SetUpEmptySiteAsync();
        using var importDialect = new SqliteDialect(Path.Combine(_cli.DataPath, "cms.db"));
        var import = new DocumentStore(importDialect) { ProcessName = "cms recipe run" };

        await using var held = await import.OpenLongWriteSessionAsync("recipe 'Letters 20k'", CancellationToken.None);
        var (code, output, errors) = await CliTestFolder.RunAsync("verify", "--data-path", _cli.DataPath, "--Cms:BusyTimeoutMilliseconds=200");
        var backup = await CliTestFolder.RunAsync("backup", "--data-path", _cli.DataPath, "--out", Path.Combine(_cli.Folder, "b.zip"));

        Assert.True(code == 0, output + errors);
        Assert.True(backup.ExitCode == 0, backup.Output + backup.Errors);
    }
}
