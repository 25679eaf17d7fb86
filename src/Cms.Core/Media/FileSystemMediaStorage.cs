using System.Globalization;

namespace Cms.Core.Media;

/// <summary>
/// The media library in a folder on disk (the data folder's media/, the default). Every path becomes a file path
/// through <see cref="MediaPath.Resolve"/>, so even a caller that skipped <see cref="MediaStore"/> stays inside.
/// </summary>
public sealed class FileSystemMediaStorage : IMediaStorage
{
    public FileSystemMediaStorage(string rootPath)
    {
        RootPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootPath));
        Directory.CreateDirectory(RootPath);
    }

    public string RootPath { get; }

    public Task<IReadOnlyList<MediaEntry>> ListAsync(string folder, bool recursive, CancellationToken cancellationToken)
    {
        var full = Full(folder);
        if (!Directory.Exists(full))
        {
            return Task.FromResult<IReadOnlyList<MediaEntry>>([]);
        }

        var entries = new DirectoryInfo(full).EnumerateFileSystemInfos("*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Select(e => new MediaEntry(MediaPath.FromFullPath(RootPath, e.FullName), e is DirectoryInfo, e is FileInfo file ? file.Length : 0, e.LastWriteTimeUtc))
            .ToList();
        return Task.FromResult<IReadOnlyList<MediaEntry>>(entries);
    }

    public Task<MediaFileInfo?> FindFileAsync(string path, CancellationToken cancellationToken)
    {
        var file = new FileInfo(Full(path));
        if (!file.Exists)
        {
            return Task.FromResult<MediaFileInfo?>(null);
        }

        // Length and last write identify a version of the file, as the static files middleware's ETag did.
        var stamp = file.LastWriteTimeUtc.Ticks ^ file.Length;
        var etag = "\"" + stamp.ToString("x", CultureInfo.InvariantCulture) + "\"";
        return Task.FromResult<MediaFileInfo?>(new MediaFileInfo(file.Length, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero), etag));
    }

    public Task<bool> FolderExistsAsync(string path, CancellationToken cancellationToken) => Task.FromResult(Directory.Exists(Full(path)));

    public Task<Stream> OpenReadAsync(string path, long offset, long? length, CancellationToken cancellationToken)
    {
        var stream = new FileStream(Full(path), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, useAsync: true);
        stream.Seek(offset, SeekOrigin.Begin);
        return Task.FromResult<Stream>(length is { } count ? new MediaRangeStream(stream, count) : stream);
    }

    public async Task WriteAsync(string path, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var target = Full(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + "." + Guid.NewGuid().ToString("n") + ".tmp";
        try
        {
            await using (var file = File.Create(temp))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public Task CreateFolderAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Full(path));
        return Task.CompletedTask;
    }

    public Task MoveFileAsync(string source, string target, CancellationToken cancellationToken)
    {
        var to = Full(target);
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(Full(source), to);
        return Task.CompletedTask;
    }

    public Task MoveFolderAsync(string source, string target, CancellationToken cancellationToken)
    {
        var to = Full(target);
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        Directory.Move(Full(source), to);
        return Task.CompletedTask;
    }

    public Task DeleteFileAsync(string path, CancellationToken cancellationToken)
    {
        File.Delete(Full(path));
        return Task.CompletedTask;
    }

    public Task DeleteFolderAsync(string path, CancellationToken cancellationToken)
    {
        Directory.Delete(Full(path), recursive: true);
        return Task.CompletedTask;
    }

    public Task<string?> CheckAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Directory.Exists(RootPath) ? null : $"The media folder '{RootPath}' does not exist.");

    public string? LocalFilePath(string path) => Full(path);

    private string Full(string path) =>
        MediaPath.Resolve(RootPath, path) ?? throw new MediaException("path", $"'{path}' is not a path inside the media library.");
}
