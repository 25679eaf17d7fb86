using Cms.Core.Querying;
using Cms.Core.Storage;
using Cms.Core.Storage.Sqlite;
using Cms.Tests.Recipes;

namespace Cms.Tests.Cli;

/// <summary><c>cms search rebuild</c>: refills the index from the stored items, prints a report, changes nothing else.</summary>
public sealed class SearchRebuildCommandTests : IDisposable
{
    private readonly CliTestFolder _cli = new();

    private string DataPath => _cli.DataPath;

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Rebuild_EmptiedIndex_FindsTheItemsAgainAndReportsTheCount()
    {
        await _cli.SetUpEmptySiteAsync();
        Assert.Equal(0, (await CliTestFolder.RunAsync("recipe", "run", _cli.WriteRecipe(NoteRecipe.Recipe(5)), "--data-path", DataPath)).ExitCode);
        await ExecuteAsync("DELETE FROM ContentSearchStemmed");

        var run = await CliTestFolder.RunAsync("search", "rebuild", "--data-path", DataPath, "--json");

        Assert.Equal(0, run.ExitCode);
        var report = VerbReportSchema.Parse(run.Output);
        Assert.Equal(("search rebuild", 5), (report["verb"]!.GetValue<string>(), report["result"]!["indexed"]!.GetValue<int>()));
        Assert.Contains("Search index rebuilt: 5 item versions", run.Errors, StringComparison.Ordinal);
        Assert.Equal(5, await CountAsync("note"));
    }

    [Fact]
    public async Task Rebuild_NoSite_IsAUsageErrorNamingTheDataPath()
    {
        var run = await CliTestFolder.RunAsync("search", "rebuild", "--data-path", DataPath);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(DataPath, run.Errors, StringComparison.Ordinal);
    }

    private async Task ExecuteAsync(string sql)
    {
        using var dialect = new SqliteDialect(Path.Combine(DataPath, "cms.db"));
        await using var session = await new DocumentStore(dialect).OpenWriteSessionAsync(CancellationToken.None);
        await session.ExecuteAsync(sql, [], CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }

    private async Task<int> CountAsync(string query)
    {
        using var dialect = new SqliteDialect(Path.Combine(DataPath, "cms.db"));
        await using var session = await new DocumentStore(dialect).OpenReadSessionAsync(CancellationToken.None);
        return await ContentSearchReader.CountAsync(session,
            new ContentSearchRequest { Query = SearchQuery.Parse(query), Status = ContentStatus.Latest }, CancellationToken.None);
    }
}
