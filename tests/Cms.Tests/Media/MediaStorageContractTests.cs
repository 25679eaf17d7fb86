using System.Text;
using Cms.Core.Media;
using Cms.Tests.Support;

namespace Cms.Tests.Media;

/// <summary>What every media storage does the same way, run against the file system and a real S3 server (s3rver).</summary>
public sealed class MediaStorageContractTests : IClassFixture<S3rverFixture>, IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TestMediaStores _stores;

    public MediaStorageContractTests(S3rverFixture s3)
    {
        _stores = new TestMediaStores(s3.Server);
    }

    public static TheoryData<string> Kinds => TestMediaStores.Kinds;

    public void Dispose() => _stores.Dispose();

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Write_ThenFind_GivesLengthLastModifiedAndQuotedETag(string kind)
    {
        var storage = await _stores.StorageAsync(kind);

        await WriteAsync(storage, "docs/a.pdf", "hello");
        var file = await storage.FindFileAsync("docs/a.pdf", None);

        Assert.NotNull(file);
        Assert.Equal(5, file.Length);
        Assert.True(file.LastModifiedUtc > DateTimeOffset.UnixEpoch);
        Assert.StartsWith("\"", file.ETag, StringComparison.Ordinal);
        Assert.EndsWith("\"", file.ETag, StringComparison.Ordinal);
        Assert.Null(await storage.FindFileAsync("docs/b.pdf", None));
        Assert.Null(await storage.FindFileAsync("docs", None));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task OpenRead_Range_ReturnsOnlyThoseBytes(string kind)
    {
        var storage = await _stores.StorageAsync(kind);
        await WriteAsync(storage, "a.txt", "0123456789");

        Assert.Equal("234", await ReadAsync(storage, "a.txt", 2, 3));
        Assert.Equal("789", await ReadAsync(storage, "a.txt", 7, null));
        Assert.Equal("0123456789", await ReadAsync(storage, "a.txt", 0, null));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Write_SamePath_ReplacesTheFileAndItsETag(string kind)
    {
        var storage = await _stores.StorageAsync(kind);
        await WriteAsync(storage, "a.txt", "first");
        var before = await storage.FindFileAsync("a.txt", None);

        await WriteAsync(storage, "a.txt", "the second");

        Assert.Equal("the second", await ReadAsync(storage, "a.txt", 0, null));
        Assert.NotEqual(before!.ETag, (await storage.FindFileAsync("a.txt", None))!.ETag);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task List_Folder_GivesItsFilesAndSubfoldersOnly(string kind)
    {
        var storage = await _stores.StorageAsync(kind);
        await WriteAsync(storage, "top.png", "t");
        await WriteAsync(storage, "a/one.png", "1");
        await WriteAsync(storage, "a/b/two.png", "22");
        await storage.CreateFolderAsync("a/empty", None);

        var root = await storage.ListAsync("", recursive: false, None);
        var folder = await storage.ListAsync("a", recursive: false, None);
        var everything = await storage.ListAsync("", recursive: true, None);

        Assert.Equal(["a/", "top.png"], Names(root));
        Assert.Equal(["a/b/", "a/empty/", "a/one.png"], Names(folder));
        Assert.Equal(["a/", "a/b/", "a/b/two.png", "a/empty/", "a/one.png", "top.png"], Names(everything));
        Assert.Equal(2, everything.Single(e => e.Path == "a/b/two.png").Length);
        Assert.Empty(await storage.ListAsync("missing", recursive: true, None));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task FolderExists_EmptyCreatedFolderAndFilesParents_AreFolders(string kind)
    {
        var storage = await _stores.StorageAsync(kind);
        await storage.CreateFolderAsync("empty", None);
        await WriteAsync(storage, "x/y/z.png", "z");

        Assert.True(await storage.FolderExistsAsync("", None));
        Assert.True(await storage.FolderExistsAsync("empty", None));
        Assert.True(await storage.FolderExistsAsync("x/y", None));
        Assert.False(await storage.FolderExistsAsync("x/y/z.png", None));
        Assert.False(await storage.FolderExistsAsync("missing", None));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task MoveFolder_MovesEverythingBelowIt(string kind)
    {
        var storage = await _stores.StorageAsync(kind);
        await WriteAsync(storage, "old/a.png", "a");
        await WriteAsync(storage, "old/deep/b.png", "b");

        await storage.MoveFolderAsync("old", "new/place", None);

        Assert.Equal("a", await ReadAsync(storage, "new/place/a.png", 0, null));
        Assert.Equal("b", await ReadAsync(storage, "new/place/deep/b.png", 0, null));
        Assert.False(await storage.FolderExistsAsync("old", None));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task DeleteFolder_RemovesEverythingBelowItAndNothingElse(string kind)
    {
        var storage = await _stores.StorageAsync(kind);
        await WriteAsync(storage, "gone/a.png", "a");
        await WriteAsync(storage, "gone/deep/b.png", "b");
        await WriteAsync(storage, "gone-not/c.png", "c");

        await storage.DeleteFolderAsync("gone", None);

        Assert.False(await storage.FolderExistsAsync("gone", None));
        Assert.Equal(["gone-not/", "gone-not/c.png"], Names(await storage.ListAsync("", recursive: true, None)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Storage_PathLeavingTheLibrary_IsRefusedEvenWithoutTheStore(string kind)
    {
        var storage = await _stores.StorageAsync(kind);

        foreach (var path in new[] { "../outside.png", "a/../../outside.png", ".." })
        {
            var refused = await Assert.ThrowsAsync<MediaException>(() => storage.FindFileAsync(path, None));
            Assert.Equal("path", refused.Field);
            await Assert.ThrowsAsync<MediaException>(() => storage.ListAsync(path, recursive: true, None));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Check_ReachableStore_IsOk(string kind)
    {
        var storage = await _stores.StorageAsync(kind);

        Assert.Null(await storage.CheckAsync(None));
    }

    [Fact]
    public async Task Check_S3BucketMissing_NamesTheBucket()
    {
        var problem = await _stores.MissingBucket().CheckAsync(None);

        Assert.NotNull(problem);
        Assert.Contains("'no-such-bucket'", problem, StringComparison.Ordinal);
    }

    private static async Task WriteAsync(IMediaStorage storage, string path, string text)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));
        await storage.WriteAsync(path, content, None);
    }

    private static async Task<string> ReadAsync(IMediaStorage storage, string path, long offset, long? length)
    {
        await using var stream = await storage.OpenReadAsync(path, offset, length, None);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(None);
    }

    private static List<string> Names(IEnumerable<MediaEntry> entries) =>
        entries.Select(e => e.IsFolder ? e.Path + "/" : e.Path).Order(StringComparer.Ordinal).ToList();
}
