using Cms.Core.ContentModel;
using Cms.Core.Storage;
using Cms.Core.Storage.Sqlite;
using Cms.Tests.Support;

namespace Cms.Tests.Storage;

/// <summary>The prepared commands a connection keeps: bounded, least recently used dropped first, few texts per query.</summary>
public sealed class PreparedCommandCacheTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.CreateAsync(TestDefinitions.Articles());

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Command_ManyOneOffTextsBesideAHotOne_StaysBoundedAndKeepsTheHotOne()
    {
        await using var dialect = new SqliteDialect(_site.DatabaseFile);
        var connection = await dialect.OpenConnectionAsync(None);
        const string hot = "SELECT 1";
        var hotCommand = connection.Command(hot, []);
        for (var i = 0; i < StoreConnection.MaxPreparedCommands * 3; i++)
        {
            connection.Command($"SELECT {i + 2}", []);
            Assert.Same(hotCommand, connection.Command(hot, []));
        }

        Assert.Equal(StoreConnection.MaxPreparedCommands, connection.PreparedCommandCount);
        await connection.DisposeAsync();
    }

    [Fact]
    public async Task GetContentItems_ListsOfNearbyLengths_ShareOnePreparedCommand()
    {
        await using var dialect = new SqliteDialect(_site.DatabaseFile);
        var connection = await dialect.OpenConnectionAsync(None);
        await using var session = new ReadSession(dialect, connection);

        await session.GetContentItemsAsync(["a", "b", "c"], VersionOptions.Published, None);
        var afterThree = connection.PreparedCommandCount;
        await session.GetContentItemsAsync(["a", "b", "c", "d"], VersionOptions.Published, None);

        Assert.Equal(afterThree, connection.PreparedCommandCount);
    }

    [Fact]
    public async Task DisposeAsync_IdleConnections_AreClosed()
    {
        var dialect = new SqliteDialect(_site.DatabaseFile);
        var connection = await dialect.OpenConnectionAsync(None);
        await connection.DisposeAsync();

        await dialect.DisposeAsync();

        Assert.Equal(System.Data.ConnectionState.Closed, connection.Connection.State);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(31, 16)]
    [InlineData(32, 32)]
    [InlineData(37, 32)]
    public void NextRows_RowsLeft_IsTheLargestPowerOfTwoThatFits(int remaining, int expected) =>
        Assert.Equal(expected, MultiRowInsert.NextRows(remaining));
}
