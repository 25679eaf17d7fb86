using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Tests.Support;

namespace Cms.Tests.Storage;

public class StoreVersionTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.CreateAsync(Provider, TestDefinitions.Articles());

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Commit_WithAWrite_BumpsTheStoreVersion()
    {
        var before = await VersionAsync();
        await using (var session = await _site.Content.OpenSessionAsync(ContentActor.System, None))
        {
            var item = session.New("Article");
            item.GetOrCreatePart("TitlePart")["Title"] = "Stamped";
            await session.CreateAsync(item, VersionOptions.Published, None);
            await session.SaveChangesAsync(None);
        }

        Assert.Equal(before + 1, await VersionAsync());
    }

    [Fact]
    public async Task Commit_WithoutAWrite_KeepsTheStoreVersion()
    {
        var before = await VersionAsync();
        await using (var session = await _site.Content.OpenSessionAsync(ContentActor.System, None))
        {
            await session.GetAsync("nothing-here", VersionOptions.Latest, None);
            await session.SaveChangesAsync(None);
        }

        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task RolledBackWrite_KeepsTheStoreVersion()
    {
        var before = await VersionAsync();
        await using (var session = await _site.Content.OpenSessionAsync(ContentActor.System, None))
        {
            var item = session.New("Article");
            item.GetOrCreatePart("TitlePart")["Title"] = "Never committed";
            await session.CreateAsync(item, VersionOptions.Published, None);
        }

        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task Commit_WithOnlyAUserWrite_KeepsTheContentVersionAndBumpsTheStoreVersion()
    {
        var (content, store) = (await ContentVersionAsync(), await VersionAsync());
        await using (var session = await _site.Documents.OpenWriteSessionAsync(None))
        {
            var user = new UserRecord { UserId = "4ed000000000000000000000ed", UserName = "ed", Email = "ed@example.test" };
            await SecurityStore.SaveUserAsync(session, user, None);
            user.AccessFailedCount = 1;
            await SecurityStore.SaveUserAsync(session, user, None);
            await session.CommitAsync(None);
        }

        Assert.Equal(content, await ContentVersionAsync());
        Assert.Equal(store + 1, await VersionAsync());
    }

    [Fact]
    public async Task ApiKeyCreatedAndRevoked_KeepsTheContentVersion()
    {
        var before = await ContentVersionAsync();
        var keys = new ApiKeyStore(_site.Documents, TimeProvider.System);

        var (record, _) = await keys.CreateAsync("front end", "Anonymous", expiresUtc: null, None);
        await keys.RevokeAsync(record.KeyId, None);

        Assert.Equal(before, await ContentVersionAsync());
    }

    [Fact]
    public async Task Commit_DeletingAUser_KeepsTheContentVersion()
    {
        await using (var session = await _site.Documents.OpenWriteSessionAsync(None))
        {
            await SecurityStore.SaveUserAsync(session, new UserRecord { UserId = "4ed000000000000000000000ed", UserName = "ed" }, None);
            await session.CommitAsync(None);
        }

        var content = await ContentVersionAsync();
        await using (var session = await _site.Documents.OpenWriteSessionAsync(None))
        {
            Assert.True(await SecurityStore.DeleteUserAsync(session, "4ed000000000000000000000ed", None));
            await session.CommitAsync(None);
        }

        Assert.Equal(content, await ContentVersionAsync());
    }

    [Fact]
    public async Task Commit_WithARoleWrite_BumpsTheContentVersion()
    {
        var before = await ContentVersionAsync();
        await using (var session = await _site.Documents.OpenWriteSessionAsync(None))
        {
            await SecurityStore.SaveRolesAsync(session, [new RoleRecord { Name = "Anonymous", Permissions = ["ViewContent"] }], None);
            await session.CommitAsync(None);
        }

        Assert.Equal(before + 1, await ContentVersionAsync());
    }

    [Fact]
    public async Task Commit_WithAContentWrite_BumpsTheContentVersion()
    {
        var before = await ContentVersionAsync();
        await _site.WriteAsync(async session =>
        {
            var item = session.New("Article");
            item.GetOrCreatePart("TitlePart")["Title"] = "Visible";
            await session.CreateAsync(item, VersionOptions.Published, None);
            return item;
        });

        Assert.Equal(before + 1, await ContentVersionAsync());
    }

    private Task<long> VersionAsync() => _site.ReadAsync(s => s.ReadStoreVersionAsync(None));

    private Task<long> ContentVersionAsync() => _site.ReadAsync(s => s.ReadContentVersionAsync(None));

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : StoreVersionTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}
