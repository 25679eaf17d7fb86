using Cms.Core.Media;

namespace Cms.Tests.Media;

/// <summary>The media store on a temp folder: every name it writes passes the allow-list, every path stays inside.</summary>
public sealed class MediaStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cms-media-tests", Guid.NewGuid().ToString("n"));
    private readonly MediaStore _store;

    public MediaStoreTests()
    {
        _store = new MediaStore(Path.Combine(_folder, "media"), new MediaOptions());
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Rename_ToHtmlExtension_IsRefusedNamingTheFieldAndKeepsTheFile()
    {
        Write("page.png");

        var refused = Assert.Throws<MediaException>(() => _store.Rename("page.png", "page.html"));

        Assert.Equal("newName", refused.Field);
        Assert.Contains("'.html'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("page.html", refused.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Media("page.png")));
        Assert.False(File.Exists(Media("page.html")));
    }

    [Fact]
    public void Move_ToExeName_IsRefusedAndKeepsTheFile()
    {
        Write("tool.png");

        var refused = Assert.Throws<MediaException>(() => _store.Move("tool.png", "bin/tool.exe"));

        Assert.Equal("newPath", refused.Field);
        Assert.Contains("'.exe'", refused.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Media("tool.png")));
        Assert.False(Directory.Exists(Media("bin")));
    }

    [Fact]
    public void MoveToFolder_FileWithDisallowedExtension_IsRefused()
    {
        // A file copied into the folder by hand must not be given a new servable home either.
        Write("run.exe");

        var refused = Assert.Throws<MediaException>(() => _store.MoveToFolder("run.exe", "bin"));

        Assert.Equal("folder", refused.Field);
        Assert.True(File.Exists(Media("run.exe")));
    }

    [Fact]
    public void Rename_AllowedExtension_Renames()
    {
        Write("a.png");

        _store.Rename("a.png", "b.jpg");

        Assert.True(File.Exists(Media("b.jpg")));
        Assert.False(File.Exists(Media("a.png")));
    }

    [Fact]
    public void Rename_Folder_KeepsItsFiles()
    {
        Write("old/a.png");

        _store.Rename("old", "new");

        Assert.True(File.Exists(Media("new/a.png")));
    }

    [Theory]
    [InlineData("../media-old")]
    [InlineData("../media-old/a.png")]
    [InlineData("a/../../media-old")]
    [InlineData("/etc/passwd/..")]
    public void Resolve_PathLeavingTheRoot_IsRefused(string path)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "media-old"));

        var refused = Assert.Throws<MediaException>(() => _store.Resolve(path, "path"));

        Assert.Equal("path", refused.Field);
    }

    [Fact]
    public void MediaPathResolve_SiblingFolderSharingThePrefix_IsOutside()
    {
        Assert.Null(MediaPath.Resolve(Path.Combine(_folder, "media"), "../media-old"));
        Assert.Equal(Media("a/b.png"), MediaPath.Resolve(Path.Combine(_folder, "media"), "/a/b.png"));
        Assert.Equal(_store.RootPath, MediaPath.Resolve(Path.Combine(_folder, "media") + "/", ""));
    }

    [Fact]
    public async Task Save_DisallowedExtension_IsRefusedNamingTheFile()
    {
        using var content = new MemoryStream([1, 2, 3]);

        var refused = await Assert.ThrowsAsync<MediaException>(() => _store.SaveAsync(null, "x.html", content.Length, content, CancellationToken.None));

        Assert.Equal("files", refused.Field);
        Assert.Contains("x.html", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Media("x.html")));
    }

    private string Media(string path) => Path.Combine([_store.RootPath, .. path.Split('/')]);

    private void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Media(path))!);
        File.WriteAllBytes(Media(path), [1, 2, 3]);
    }
}
