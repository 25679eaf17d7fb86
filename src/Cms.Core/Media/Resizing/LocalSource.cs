namespace Cms.Core.Media.Resizing;

/// <summary>
/// A media file as a file on this machine, which is what libvips decodes from (shrink-on-load reads only what it
/// needs): the stored file itself on a file-system store, else a temp copy deleted when this is disposed.
/// </summary>
internal sealed class LocalSource : IDisposable
{
    private readonly string? _tempFolder;

    private LocalSource(string filePath, string? tempFolder)
    {
        FilePath = filePath;
        _tempFolder = tempFolder;
    }

    public string FilePath { get; }

    public static async Task<LocalSource> OpenAsync(MediaStore media, string mediaPath, CancellationToken cancellationToken)
    {
        if (media.Storage.LocalFilePath(mediaPath) is { } local)
        {
            return new LocalSource(local, null);
        }

        // The copy keeps the file's name: the resizer's errors name it.
        var folder = Path.Combine(Path.GetTempPath(), "cms-media-resize", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, Path.GetFileName(mediaPath));
        await using (var source = await media.OpenReadAsync(mediaPath, 0, null, cancellationToken))
        await using (var target = File.Create(copy))
        {
            await source.CopyToAsync(target, cancellationToken);
        }

        return new LocalSource(copy, folder);
    }

    public void Dispose()
    {
        if (_tempFolder is not null && Directory.Exists(_tempFolder))
        {
            Directory.Delete(_tempFolder, recursive: true);
        }
    }
}
