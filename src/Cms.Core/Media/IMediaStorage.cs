namespace Cms.Core.Media;

/// <summary>
/// Where media bytes live: the data folder's media/ (<see cref="FileSystemMediaStorage"/>) or an S3 bucket
/// (<see cref="S3.S3MediaStorage"/>). Paths given here are already normalised by <see cref="MediaStore"/> (relative,
/// forward slashes, no ".."; "" is the root); what the library may hold is decided there, not here.
/// </summary>
public interface IMediaStorage
{
    /// <summary>Files and sub-folders of <paramref name="folder"/> (with <paramref name="recursive"/>, everything below it); empty when it does not exist.</summary>
    Task<IReadOnlyList<MediaEntry>> ListAsync(string folder, bool recursive, CancellationToken cancellationToken);

    /// <summary>The file's length, last write and ETag, or null when there is no file at that path.</summary>
    Task<MediaFileInfo?> FindFileAsync(string path, CancellationToken cancellationToken);

    /// <summary>Whether a folder of that path exists (the root always does).</summary>
    Task<bool> FolderExistsAsync(string path, CancellationToken cancellationToken);

    /// <summary>The file's bytes from <paramref name="offset"/>, <paramref name="length"/> of them or to the end when null.</summary>
    Task<Stream> OpenReadAsync(string path, long offset, long? length, CancellationToken cancellationToken);

    /// <summary>Writes the file whole (replacing one of the same path); a reader never sees half of it.</summary>
    Task WriteAsync(string path, Stream content, CancellationToken cancellationToken);

    Task CreateFolderAsync(string path, CancellationToken cancellationToken);

    Task MoveFileAsync(string source, string target, CancellationToken cancellationToken);

    /// <summary>Moves a folder and everything in it.</summary>
    Task MoveFolderAsync(string source, string target, CancellationToken cancellationToken);

    Task DeleteFileAsync(string path, CancellationToken cancellationToken);

    /// <summary>Deletes a folder and everything in it.</summary>
    Task DeleteFolderAsync(string path, CancellationToken cancellationToken);

    /// <summary>A cheap readiness probe: null when the storage answers, else why it does not.</summary>
    Task<string?> CheckAsync(CancellationToken cancellationToken);

    /// <summary>The file on this machine's disk when the storage keeps one (the resizer reads it in place), else null.</summary>
    string? LocalFilePath(string path);
}
