namespace Cms.Core.Media;

/// <summary>
/// The media library on disk, and the one place that decides what it may hold: every operation that names
/// a file (upload, rename, move, a recipe's media step) passes <see cref="CheckFile"/>, and every media path
/// becomes a file path through <see cref="MediaPath.Resolve"/>. Errors name the input at fault.
/// </summary>
public sealed class MediaStore
{
    public MediaStore(string rootPath, MediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        RootPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootPath));
        Options = options;
        Directory.CreateDirectory(RootPath);
    }

    public string RootPath { get; }

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

    /// <summary>A media path as a full path; a path outside the library is refused, naming <paramref name="field"/>.</summary>
    public string Resolve(string? mediaPath, string field) =>
        MediaPath.Resolve(RootPath, mediaPath)
            ?? throw new MediaException(field, $"'{mediaPath}' is not a path inside the media library.");

    public IReadOnlyList<string> Folders(string? folder) =>
        Directory.EnumerateDirectories(Resolve(folder, "path")).Select(ToMediaPath).Order(StringComparer.OrdinalIgnoreCase).ToList();

    public IReadOnlyList<MediaFile> Files(string? folder) =>
        new DirectoryInfo(Resolve(folder, "path")).EnumerateFiles()
            .Select(f => new MediaFile(ToMediaPath(f.FullName), f.Name, f.Length, IsImage(f.Name)))
            .OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Every file in the library (for the media field's chooser).</summary>
    public IReadOnlyList<string> AllFiles() =>
        Directory.EnumerateFiles(RootPath, "*", SearchOption.AllDirectories).Select(ToMediaPath).Order(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Stores an upload in <paramref name="folder"/> under the file's own name; returns its media path.</summary>
    public async Task<string> SaveAsync(string? folder, string fileName, long length, Stream content, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName);
        CheckFile(name, length, "files");
        var target = Resolve(MediaPath.Combine(folder, name), "files");
        await using var file = File.Create(target);
        await content.CopyToAsync(file, cancellationToken);
        return ToMediaPath(target);
    }

    public void CreateFolder(string? parent, string name) =>
        Directory.CreateDirectory(Resolve(MediaPath.Combine(parent, CheckName(name, "name")), "name"));

    /// <summary>Gives a file or folder a new name in the same folder.</summary>
    public void Rename(string path, string newName)
    {
        var folder = Path.GetDirectoryName(path.Replace('\\', '/').TrimEnd('/'))?.Replace('\\', '/');
        Move(path, MediaPath.Combine(folder, CheckName(newName, "newName")), "newName");
    }

    /// <summary>Moves a file or folder to a new media path (Orchard's MoveMedia); <paramref name="field"/> names the input that gave it.</summary>
    public void Move(string path, string newPath, string field = "newPath")
    {
        var source = Resolve(path, "item");
        var target = Resolve(newPath, field);
        if (File.Exists(target) || Directory.Exists(target))
        {
            throw new MediaException(field, $"'{newPath}' already exists.");
        }

        if (Directory.Exists(source) && source != RootPath)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            Directory.Move(source, target);
        }
        else if (File.Exists(source))
        {
            // A new name is a new extension: page.png renamed page.html must not become servable HTML.
            CheckFile(Path.GetFileName(target), new FileInfo(source).Length, field);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(source, target);
        }
        else
        {
            throw new MediaException("item", $"'{path}' does not exist.");
        }
    }

    /// <summary>Moves a file or folder into <paramref name="folder"/> (a media path; empty for the root), keeping its name.</summary>
    public void MoveToFolder(string path, string folder) =>
        Move(path, MediaPath.Combine(folder.Trim().Trim('/'), Path.GetFileName(path.TrimEnd('/'))), "folder");

    public void Delete(string path)
    {
        var full = Resolve(path, "item");
        if (full == RootPath)
        {
            throw new MediaException("item", "The media root cannot be deleted.");
        }

        if (Directory.Exists(full))
        {
            Directory.Delete(full, recursive: true);
        }
        else if (File.Exists(full))
        {
            File.Delete(full);
        }
    }

    /// <summary>Starts a recipe's set of files, checked here and moved into the library when the recipe commits.</summary>
    public MediaStaging BeginStaging() => new(this);

    private static string CheckName(string name, string field)
    {
        var trimmed = name.Trim();
        return trimmed.Length == 0 || trimmed.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || trimmed.Contains('\\', StringComparison.Ordinal) ||
            trimmed is "." or ".."
            ? throw new MediaException(field, $"'{name}' is not a valid name.")
            : trimmed;
    }

    private string ToMediaPath(string fullPath) => MediaPath.FromFullPath(RootPath, fullPath);
}
