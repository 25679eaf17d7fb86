using Cms.Core.Storage;
using Cms.Tests.Support;

namespace Cms.Tests.Storage;

public sealed class StoreVersionWatchTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.CreateAsync(TestDefinitions.Articles());

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Commit_ThatChangesRows_TellsTheWatchTheVersionsItLeft()
    {
        StoreVersions? committed = null;
        _site.Documents.Versions.Committed += versions => committed = versions;

        await using (var session = await _site.Documents.OpenWriteSessionAsync(None))
        {
            await session.PutDocumentAsync(DocumentTypes.SiteSettings, "watch-test", "{}", None);
            await session.CommitAsync(None);
        }

        await using var reader = await _site.Documents.OpenReadSessionAsync(None);
        var stored = await reader.ReadVersionsAsync(None);
        Assert.Equal(stored, committed);
        Assert.Equal(stored, _site.Documents.Versions.Current);
    }

    [Fact]
    public async Task Commit_RolledBack_TellsTheWatchNothing()
    {
        var raised = false;
        _site.Documents.Versions.Committed += _ => raised = true;

        await using (var session = await _site.Documents.OpenWriteSessionAsync(None))
        {
            await session.PutDocumentAsync(DocumentTypes.SiteSettings, "watch-test", "{}", None);
        }

        Assert.False(raised);
    }

    [Fact]
    public void Observe_OlderVersionsAfterNewer_KeepsTheNewerAndRaisesNothing()
    {
        var watch = new StoreVersionWatch();
        var raised = 0;
        watch.Advanced += _ => raised++;

        var first = watch.Observe(new StoreVersions(5, 4));
        var older = watch.Observe(new StoreVersions(3, 4));

        Assert.True(first);
        Assert.False(older);
        Assert.Equal(new StoreVersions(5, 4), watch.Current);
        Assert.Equal(1, raised);
    }

    [Fact]
    public void FromNotice_AnotherProgramsMessage_IsIgnored()
    {
        Assert.Equal(new StoreVersions(12, 9), StoreVersions.FromNotice(new StoreVersions(12, 9).ToNotice()));
        Assert.Null(StoreVersions.FromNotice("hello"));
        Assert.Null(StoreVersions.FromNotice("1:-2"));
    }
}
