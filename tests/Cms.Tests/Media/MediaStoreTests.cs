using System.Text;
using Cms.Core.Media;
using Cms.Tests.Support;

namespace Cms.Tests.Media;

/// <summary>
/// The media store's rules on both storages (a temp folder and a real S3 server): every name it writes passes the
/// allow-list, every path stays inside the library.
/// </summary>
public sealed class MediaStoreTests : IClassFixture<S3rverFixture>, IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TestMediaStores _stores;

    public MediaStoreTests(S3rverFixture s3)
    {
        _stores = new TestMediaStores(s3.Server);
    }

    public static TheoryData<string> Kinds => TestMediaStores.Kinds;

    public void Dispose() => _stores.Dispose();

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Rename_ToHtmlExtension_IsRefusedNamingTheFieldAndKeepsTheFile(string kind)
    {
        var store = await _stores.CreateAsync(kind);
        await WriteAsync(store, "page.png");

        var refused = await Assert.ThrowsAsync<MediaException>(() => store.RenameAsync("page.png", "page.html", None));

        Assert.Equal("newName", refused.Field);
        Assert.Contains("'.html'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("page.html", refused.Message, StringComparison.Ordinal);
        Assert.True(await ExistsAsync(store, "page.png"));
        Assert.False(await ExistsAsync(store, "page.html"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Move_ToExeName_IsRefusedAndKeepsTheFile(string kind)
    {
        var store = await _stores.CreateAsync(kind);
        await WriteAsync(store, "tool.png");

        var refused = await Assert.ThrowsAsync<MediaException>(() => store.MoveAsync("tool.png", "bin/tool.exe", "newPath", None));

        Assert.Equal("newPath", refused.Field);
        Assert.Contains("'.exe'", refused.Message, StringComparison.Ordinal);
        Assert.True(await ExistsAsync(store, "tool.png"));
        Assert.False(await store.Storage.FolderExistsAsync("bin", None));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task MoveToFolder_FileWithDisallowedExtension_IsRefused(string kind)
    {
        // A file put into the library by other means must not be given a new servable home either.
        var store = await _stores.CreateAsync(kind);
        await WriteAsync(store, "run.exe");

        var refused = await Assert.ThrowsAsync<MediaException>(() => store.MoveToFolderAsync("run.exe", "bin", None));

        Assert.Equal("folder", refused.Field);
        Assert.True(await ExistsAsync(store, "run.exe"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Rename_AllowedExtension_Renames(string kind)
    {
        var store = await _stores.CreateAsync(kind);
        await WriteAsync(store, "a.png");

        await store.RenameAsync("a.png", "b.jpg", None);

        Assert.True(await ExistsAsync(store, "b.jpg"));
        Assert.False(await ExistsAsync(store, "a.png"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Rename_Folder_KeepsItsFiles(string kind)
    {
        var store = await _stores.CreateAsync(kind);
        await WriteAsync(store, "old/a.png");

        await store.RenameAsync("old", "new", None);

        Assert.True(await ExistsAsync(store, "new/a.png"));
        Assert.Equal(["new"], await store.FoldersAsync("", None));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Move_OntoAnExistingFile_IsRefusedNamingTheField(string kind)
    {
        var store = await _stores.CreateAsync(kind);
        await WriteAsync(store, "a.png");
        await WriteAsync(store, "b.png");

        var refused = await Assert.ThrowsAsync<MediaException>(() => store.MoveAsync("a.png", "b.png", "newPath", None));

        Assert.Equal("newPath", refused.Field);
        Assert.True(await ExistsAsync(store, "a.png"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EveryOperation_PathLeavingTheLibrary_IsRefusedNamingItsInput(string kind)
    {
        var store = await _stores.CreateAsync(kind);
        await WriteAsync(store, "a.png");
        string[] paths = ["../media-old", "../media-old/a.png", "a/../../media-old", "/etc/passwd/.."];

        foreach (var path in paths)
        {
            Assert.Equal("path", (await Assert.ThrowsAsync<MediaException>(() => store.FindFileAsync(path, None))).Field);
            Assert.Equal("path", (await Assert.ThrowsAsync<MediaException>(() => store.FilesAsync(path, None))).Field);
            Assert.Equal("item", (await Assert.ThrowsAsync<MediaException>(() => store.DeleteAsync(path, None))).Field);
            Assert.Equal("newPath", (await Assert.ThrowsAsync<MediaException>(() => store.MoveAsync("a.png", path, "newPath", None))).Field);
            using var content = new MemoryStream([1]);
            Assert.Equal("files", (await Assert.ThrowsAsync<MediaException>(() => store.SaveAsync(path, "x.png", 1, content, None))).Field);
        }

        Assert.Equal(["a.png"], await store.AllFilesAsync(None));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Save_DisallowedExtension_IsRefusedNamingTheFile(string kind)
    {
        var store = await _stores.CreateAsync(kind);
        using var content = new MemoryStream([1, 2, 3]);

        var refused = await Assert.ThrowsAsync<MediaException>(() => store.SaveAsync(null, "x.html", content.Length, content, None));

        Assert.Equal("files", refused.Field);
        Assert.Contains("x.html", refused.Message, StringComparison.Ordinal);
        Assert.False(await ExistsAsync(store, "x.html"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Delete_Root_IsRefused(string kind)
    {
        var store = await _stores.CreateAsync(kind);
        await WriteAsync(store, "a.png");

        var refused = await Assert.ThrowsAsync<MediaException>(() => store.DeleteAsync("/", None));

        Assert.Equal("item", refused.Field);
        Assert.True(await ExistsAsync(store, "a.png"));
    }

    [Fact]
    public void MediaPathResolve_SiblingFolderSharingThePrefix_IsOutside()
    {
        var root = Path.Combine(Path.GetTempPath(), "cms-media-tests", "media");

        Assert.Null(MediaPath.Resolve(root, "../media-old"));
        Assert.Equal(Path.Combine(root, "a", "b.png"), MediaPath.Resolve(root, "/a/b.png"));
        Assert.Equal(root, MediaPath.Resolve(root + "/", ""));
    }

    private static async Task WriteAsync(MediaStore store, string path)
    {
        // Straight to the storage: a file put there by other means, whatever its name.
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("abc"));
        await store.Storage.WriteAsync(path, content, None);
    }

    private static async Task<bool> ExistsAsync(MediaStore store, string path) => await store.FindFileAsync(path, None) is not null;
}
