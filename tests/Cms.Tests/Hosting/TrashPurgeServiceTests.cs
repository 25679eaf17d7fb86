using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Trash;
using Cms.Tests.Support;
using Cms.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cms.Tests.Hosting;

/// <summary>The background purge runs on the host's clock: advancing a fake clock past retention purges, short of it keeps.</summary>
public sealed class TrashPurgeServiceTests : IAsyncLifetime, IDisposable
{
    private readonly Site _site = new();

    private sealed class Site : CmsWebFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 1, 6, 8, 0, 0, TimeSpan.Zero));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cms:Trash:RetentionDays", "30");
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    public Task InitializeAsync() => _site.SeedAsync(TestDefinitions.Articles());

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _site.Dispose();

    private async Task<string> DeleteAsync(string title)
    {
        var content = _site.Services.GetRequiredService<ContentStore>();
        await using var session = await content.OpenSessionAsync(new ContentActor(CmsWebFactory.Users.EditorId, "editor"), CancellationToken.None);
        var item = TestDefinitions.Article(title);
        await session.CreateAsync(item, VersionOptions.Published, CancellationToken.None);
        await session.RemoveAsync(item, CancellationToken.None);
        await session.SaveChangesAsync(CancellationToken.None);
        return item.ContentItemId;
    }

    private async Task<(TrashEntry? Entry, int Versions)> StoredAsync(string id)
    {
        await using var session = await _site.Services.GetRequiredService<ContentStore>().OpenSessionAsync(ContentActor.System, CancellationToken.None);
        return (await ContentTrash.FindAsync(session.Storage, id, CancellationToken.None),
            (await session.ListVersionsAsync(id, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Purge_ClockPastRetention_RemovesTheItemAndItsHistory()
    {
        var id = await DeleteAsync("Past retention");
        var run = _site.Services.GetRequiredService<TrashPurgeService>().NextRun;

        _site.Clock.Advance(TimeSpan.FromDays(31));

        Assert.Equal(1, await run.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Equal((null, 0), await StoredAsync(id));
    }

    [Fact]
    public async Task Purge_ClockWithinRetention_KeepsTheItemInTheTrash()
    {
        var id = await DeleteAsync("Within retention");
        var run = _site.Services.GetRequiredService<TrashPurgeService>().NextRun;

        _site.Clock.Advance(TimeSpan.FromDays(29));

        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromMinutes(1)));
        var (entry, versions) = await StoredAsync(id);
        Assert.NotNull(entry);
        Assert.Equal(1, versions);
    }
}
