namespace Cms.Core.Media;

/// <summary>
/// The media library, and the one place that decides what it may hold and where: every operation that names a file
/// (upload, rename, move, a recipe's media step) passes <see cref="CheckFile"/>, and every media path passes
/// <see cref="Key"/> (relative, no "..") before it reaches the <see cref="IMediaStorage"/> that keeps the bytes.
/// Errors name the input at fault.
/// </summary>
public sealed class MediaStore
{
    public MediaStore(IMediaStorage storage, MediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        Storage = storage;
        Options = options;
    }

    /// <summary>The library in a folder on disk.</summary>
    public MediaStore(string rootPath, MediaOptions options)
        : this(new FileSystemMediaStorage(rootPath), options)
    {
    }

    public IMediaStorage Storage { get; }

    public MediaOptions Options { get; }

    public static bool IsImage(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".gif" or ".webp" or ".svg" or ".ico";

    /// <summary>Whether a file of this name may be stored and served (its extension is allowed).</summary>
    public bool IsAllowed(string fileName) => Options.AllowedFileExtensions.Contains(Path.GetExtension(fileName));

    /// <summary>Refuses a file name the library may not hold, or a length over the limit.</summary>
    /// <param name="field">The input that named the file, for the error.</param>
    public void CheckFile(string fileName, long length, string field)
    {
        if (Options.Refusal(fileName, length) is { } refusal)
        {
            throw new MediaException(field, refusal);
        }
    }

    /// <summary>
    /// A media path as the storage's key ("" for the root); a path that is absolute or climbs with ".." is refused,
    /// naming <paramref name="field"/>.
    /// </summary>
    public static string Key(string? mediaPath, string field)
    {
        if (string.IsNullOrEmpty(mediaPath) || mediaPath.Trim('/', '\\').Length == 0)
        {
            return "";
        }

        return MediaPath.Normalize(mediaPath) ?? throw new MediaException(field, $"'{mediaPath}' is not a path inside the media library.");
    }

    /// <summary>A cheap readiness probe for health checks: null when the storage answers, else why it does not.</summary>
    public Task<string?> CheckAsync(CancellationToken cancellationToken) => Storage.CheckAsync(cancellationToken);

    /// <summary>A file's length, last write and ETag; null when there is none (or its path leaves the library, naming "path").</summary>
    public async Task<MediaFileInfo?> FindFileAsync(string? mediaPath, CancellationToken cancellationToken)
    {
        var key = Key(mediaPath, "path");
        return key.Length == 0 ? null : await Storage.FindFileAsync(key, cancellationToken);
    }

    /// <summary>A file's bytes from <paramref name="offset"/>, <paramref name="length"/> of them or to the end.</summary>
    public Task<Stream> OpenReadAsync(string mediaPath, long offset, long? length, CancellationToken cancellationToken) =>
        Storage.OpenReadAsync(Key(mediaPath, "path"), offset, length, cancellationToken);

    /// <summary>Files and folders of a folder (everything below it with <paramref name="recursive"/>); empty when it does not exist.</summary>
    public Task<IReadOnlyList<MediaEntry>> ListAsync(string? folder, bool recursive, string field, CancellationToken cancellationToken) =>
        Storage.ListAsync(Key(folder, field), recursive, cancellationToken);

    /// <summary>The sub-folders of a folder; a folder that does not exist is refused.</summary>
    public async Task<IReadOnlyList<string>> FoldersAsync(string? folder, CancellationToken cancellationToken) =>
        (await ListExistingAsync(folder, cancellationToken)).Where(e => e.IsFolder).Select(e => e.Path).Order(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The files of a folder; a folder that does not exist is refused.</summary>
    public async Task<IReadOnlyList<MediaFile>> FilesAsync(string? folder, CancellationToken cancellationToken) =>
        (await ListExistingAsync(folder, cancellationToken)).Where(e => !e.IsFolder)
            .Select(e => new MediaFile(e.Path, e.Name, e.Length, IsImage(e.Name)))
            .OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Every file in the library (for the media field's chooser and exports).</summary>
    public async Task<IReadOnlyList<string>> AllFilesAsync(CancellationToken cancellationToken) =>
        (await Storage.ListAsync("", recursive: true, cancellationToken)).Where(e => !e.IsFolder).Select(e => e.Path)
            .Order(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Stores an upload in <paramref name="folder"/> under the file's own name; returns its media path.</summary>
    public async Task<string> SaveAsync(string? folder, string fileName, long length, Stream content, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName);
        CheckFile(name, length, "files");
        var key = Key(MediaPath.Combine(folder, name), "files");
        await Storage.WriteAsync(key, content, cancellationToken);
        return key;
    }

    public Task CreateFolderAsync(string? parent, string name, CancellationToken cancellationToken) =>
        Storage.CreateFolderAsync(Key(MediaPath.Combine(parent, CheckName(name, "name")), "name"), cancellationToken);

    /// <summary>Gives a file or folder a new name in the same folder.</summary>
    public Task RenameAsync(string path, string newName, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(path.Replace('\\', '/').TrimEnd('/'))?.Replace('\\', '/');
        return MoveAsync(path, MediaPath.Combine(folder, CheckName(newName, "newName")), "newName", cancellationToken);
    }

    /// <summary>Moves a file or folder to a new media path (Orchard's MoveMedia); <paramref name="field"/> names the input that gave it.</summary>
    public async Task MoveAsync(string path, string newPath, string field, CancellationToken cancellationToken)
    {
        var source = Key(path, "item");
        var target = Key(newPath, field);
        if (await ExistsAsync(target, cancellationToken))
        {
            throw new MediaException(field, $"'{newPath}' already exists.");
        }

        if (source.Length > 0 && await Storage.FolderExistsAsync(source, cancellationToken))
        {
            await Storage.MoveFolderAsync(source, target, cancellationToken);
        }
        else if (source.Length > 0 && await Storage.FindFileAsync(source, cancellationToken) is { } file)
        {
            // A new name is a new extension: page.png renamed page.html must not become servable HTML.
            CheckFile(Path.GetFileName(target), file.Length, field);
            await Storage.MoveFileAsync(source, target, cancellationToken);
        }
        else
        {
            throw new MediaException("item", $"'{path}' does not exist.");
        }
    }

    /// <summary>Moves a file or folder into <paramref name="folder"/> (a media path; empty for the root), keeping its name.</summary>
    public Task MoveToFolderAsync(string path, string folder, CancellationToken cancellationToken) =>
        MoveAsync(path, MediaPath.Combine(folder.Trim().Trim('/'), Path.GetFileName(path.TrimEnd('/'))), "folder", cancellationToken);

    public async Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        var key = Key(path, "item");
        if (key.Length == 0)
        {
            throw new MediaException("item", "The media root cannot be deleted.");
        }

        if (await Storage.FolderExistsAsync(key, cancellationToken))
        {
            await Storage.DeleteFolderAsync(key, cancellationToken);
        }
        else if (await Storage.FindFileAsync(key, cancellationToken) is not null)
        {
            await Storage.DeleteFileAsync(key, cancellationToken);
        }
    }

    /// <summary>Starts a recipe's set of files, checked here and written to the library when the recipe commits.</summary>
    public MediaStaging BeginStaging() => new(this);

    private async Task<IReadOnlyList<MediaEntry>> ListExistingAsync(string? folder, CancellationToken cancellationToken)
    {
        var key = Key(folder, "path");
        return await Storage.FolderExistsAsync(key, cancellationToken)
            ? await Storage.ListAsync(key, recursive: false, cancellationToken)
            : throw new MediaException("path", $"The folder '{folder}' does not exist.");
    }

    private async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) =>
        key.Length == 0 || await Storage.FolderExistsAsync(key, cancellationToken) || await Storage.FindFileAsync(key, cancellationToken) is not null;

    private static string CheckName(string name, string field)
    {
        var trimmed = name.Trim();
        return trimmed.Length == 0 || trimmed.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || trimmed.Contains('\\', StringComparison.Ordinal) ||
            trimmed is "." or ".."
            ? throw new MediaException(field, $"'{name}' is not a valid name.")
            : trimmed;
    }
}
