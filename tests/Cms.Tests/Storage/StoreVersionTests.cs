using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Tests.Support;

namespace Cms.Tests.Storage;

public sealed class StoreVersionTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.CreateAsync(TestDefinitions.Articles());

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

    private Task<long> VersionAsync() => _site.ReadAsync(s => s.ReadStoreVersionAsync(None));
}
