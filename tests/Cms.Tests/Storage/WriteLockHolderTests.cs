using Cms.Core.Recipes;
using Cms.Core.Storage;
using Cms.Core.Storage.Sqlite;
using Cms.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Cms.Tests.Storage;

public sealed class WriteLockHolderTests : IAsyncLifetime
{
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.CreateAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task LongWriteSession_WhileOpen_ItsRowNamesItAndCommitRemovesIt()
    {
        _site.Documents.ProcessName = "cms recipe run";
        string? whileOpen;
        await using (var session = await _site.Documents.OpenLongWriteSessionAsync("recipe 'Letters'", CancellationToken.None))
        {
            whileOpen = await OwnerAsync();
            await session.CommitAsync(CancellationToken.None);
        }

        Assert.NotNull(whileOpen);
        var holder = WriteLockHolder.FromJson(whileOpen)!;
        Assert.Equal(("cms recipe run", "recipe 'Letters'", Environment.ProcessId), (holder.Process, holder.Activity, holder.ProcessId));
        Assert.Equal(Environment.MachineName, holder.MachineName);
        Assert.Null(await OwnerAsync());
    }

    [Fact]
    public async Task RefreshStatistics_WhileAnotherWriterHoldsTheStore_SkipsInsteadOfFailing()
    {
        using var impatient = new SqliteDialect(_site.DatabaseFile, busyTimeoutMilliseconds: 100);
        var store = new DocumentStore(impatient);
        bool whileHeld;
        await using (await _site.Documents.OpenLongWriteSessionAsync("recipe 'Letters'", CancellationToken.None))
        {
            whileHeld = await store.RefreshStatisticsAsync(CancellationToken.None);
        }

        Assert.False(whileHeld);
        Assert.True(await store.RefreshStatisticsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task LongWriteSession_RolledBack_RemovesItsRow()
    {
        await using (await _site.Documents.OpenLongWriteSessionAsync("recipe 'Failing'", CancellationToken.None))
        {
            Assert.NotNull(await OwnerAsync());
        }

        Assert.Null(await OwnerAsync());
    }

    [Fact]
    public async Task RecipeRun_WhileItRuns_IsTheRegisteredWriter()
    {
        string? owner = null;
        var recipe = RecipeReader.Read("""{ "name": "Slow import", "steps": [ { "name": "Settings", "SiteName": "x" } ] }""");

        await _site.Recipes.RunAsync(recipe, new RecipeRunRequest
        {
            Parameters = TestSite.AdminParameters,
            BeforeSteps = async (_, _) => owner = await OwnerAsync(),
        }, CancellationToken.None);

        Assert.Equal("recipe 'Slow import'", WriteLockHolder.FromJson(owner!)!.Activity);
        Assert.Null(await OwnerAsync());
    }

    [Fact]
    public async Task Writer_LockedByALongWriter_NamesItsProcessPidAndStartTime()
    {
        using var otherDialect = new SqliteDialect(_site.DatabaseFile, busyTimeoutMilliseconds: 100);
        var started = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 20, 41, 3, TimeSpan.Zero));
        var holderStore = new DocumentStore(otherDialect) { ProcessName = "cms recipe run", Clock = started };
        await using var held = await holderStore.OpenLongWriteSessionAsync("recipe 'Big import'", CancellationToken.None);
        using var waiterDialect = new SqliteDialect(_site.DatabaseFile, busyTimeoutMilliseconds: 100);
        started.Advance(TimeSpan.FromSeconds(75));
        var waiter = new DocumentStore(waiterDialect) { Clock = started };

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => waiter.OpenWriteSessionAsync(CancellationToken.None));

        Assert.Contains("stayed locked by another writer", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'cms recipe run' running recipe 'Big import' (pid {Environment.ProcessId} on {Environment.MachineName}, " +
            "started 2026-12-07 20:41:03 UTC, 1 min 15 s ago)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Retry when that has finished", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writer_RowOfAProcessThatEnded_SaysNoLongWriterHolds()
    {
        var ended = new WriteLockHolder("cms recipe run", "recipe 'Killed'", int.MaxValue, Environment.MachineName, _site.Clock.GetUtcNow());
        await using (var session = await _site.Documents.OpenWriteSessionAsync(CancellationToken.None))
        {
            await session.ExecuteAsync("INSERT INTO Locks (Name, Owner, ExpiresUtc) VALUES ('writer', @owner, '2999-01-01T00:00:00.0000000Z')",
                [("@owner", ended.ToJson())], CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        await using var held = await _site.Documents.OpenWriteSessionAsync(CancellationToken.None);
        using var waiterDialect = new SqliteDialect(_site.DatabaseFile, busyTimeoutMilliseconds: 100);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(
            () => new DocumentStore(waiterDialect).OpenWriteSessionAsync(CancellationToken.None));

        Assert.Contains("No long writer (recipe, import, setup, migration) has registered", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Killed", error.Message, StringComparison.Ordinal);
    }

    private Task<string?> OwnerAsync() => _site.ReadAsync(async session =>
        await session.ScalarAsync("SELECT Owner FROM Locks WHERE Name = 'writer'", [], CancellationToken.None) as string);
}
