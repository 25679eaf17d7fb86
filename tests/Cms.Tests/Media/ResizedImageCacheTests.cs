using Cms.Core.Media.Resizing;

namespace Cms.Tests.Media;

/// <summary>The resize cache's byte budget: the least recently served files go first, and a restart keeps the files.</summary>
public sealed class ResizedImageCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cms-resize-cache-tests", Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Store_OverTheBudget_EvictsTheLeastRecentlyServed()
    {
        var cache = new ResizedImageCache(_folder, maxBytes: 300);
        await cache.StoreAsync("aa01", Image(100), CancellationToken.None);
        await cache.StoreAsync("bb02", Image(100), CancellationToken.None);
        await cache.StoreAsync("cc03", Image(100), CancellationToken.None);
        Assert.NotNull(cache.Find("aa01"));

        await cache.StoreAsync("dd04", Image(100), CancellationToken.None);

        Assert.Null(cache.Find("bb02"));
        Assert.NotNull(cache.Find("aa01"));
        Assert.NotNull(cache.Find("dd04"));
        Assert.Equal(300, cache.TotalBytes);
        Assert.Equal(3, Directory.GetFiles(_folder, "*.webp", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task Constructor_ExistingFiles_AreFoundAfterARestart()
    {
        await new ResizedImageCache(_folder, maxBytes: 1000).StoreAsync("ee05", Image(50), CancellationToken.None);

        var restarted = new ResizedImageCache(_folder, maxBytes: 1000);

        Assert.NotNull(restarted.Find("ee05"));
        Assert.Equal(50, restarted.TotalBytes);
    }

    [Fact]
    public async Task Store_ZeroBudget_KeepsNothing()
    {
        var cache = new ResizedImageCache(_folder, maxBytes: 0);

        await cache.StoreAsync("ff06", Image(10), CancellationToken.None);

        Assert.Null(cache.Find("ff06"));
        Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
    }

    private static ResizedImage Image(int length) => new(new byte[length], "image/webp", ".webp");
}
