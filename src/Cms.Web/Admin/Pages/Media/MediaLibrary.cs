using Cms.Core.Media;
using Cms.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Cms.Web.Admin.Pages.Media;

/// <summary>
/// The media files under the data folder's media path: folders, uploads within the allowed extensions and
/// size of <see cref="MediaOptions"/> (the rules recipes follow too), rename/move and delete. Every path is checked to stay inside the media root.
/// </summary>
public sealed class MediaLibrary
{
    private readonly MediaOptions _options;

    public MediaLibrary(DataFolder dataFolder, IOptions<MediaOptions> options)
    {
        RootPath = dataFolder.MediaPath;
        Directory.CreateDirectory(RootPath);
        _options = options.Value;
    }

    public string RootPath { get; }

    public long MaxFileSize => _options.MaxFileSize;

    public IReadOnlyList<string> AllowedExtensions => _options.AllowedFileExtensions.Order(StringComparer.Ordinal).ToList();

    public static bool IsImage(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".gif" or ".webp" or ".svg" or ".ico";

    public IReadOnlyList<string> Folders(string? folder) =>
        Directory.EnumerateDirectories(Resolve(folder)).Select(ToMediaPath).Order(StringComparer.OrdinalIgnoreCase).ToList();

    public IReadOnlyList<MediaFile> Files(string? folder) =>
        new DirectoryInfo(Resolve(folder)).EnumerateFiles()
            .Select(f => new MediaFile(ToMediaPath(f.FullName), f.Name, f.Length, IsImage(f.Name)))
            .OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Every file in the library (for the media field's chooser), folders included.</summary>
    public IReadOnlyList<string> AllFiles() =>
        Directory.EnumerateFiles(RootPath, "*", SearchOption.AllDirectories).Select(ToMediaPath).Order(StringComparer.OrdinalIgnoreCase).ToList();

    public string? CheckUpload(string fileName, long length) => _options.Refusal(Path.GetFileName(fileName), length);

    public async Task<string> SaveAsync(string? folder, string fileName, Stream content, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName);
        var target = Resolve(CombineMedia(folder, name));
        await using var file = File.Create(target);
        await content.CopyToAsync(file, cancellationToken);
        return ToMediaPath(target);
    }

    public void CreateFolder(string? parent, string name) => Directory.CreateDirectory(Resolve(CombineMedia(parent, CheckName(name))));

    /// <summary>Renames or moves a file or folder; <paramref name="newPath"/> is a media path.</summary>
    public void Move(string path, string newPath)
    {
        var source = Resolve(path);
        var target = Resolve(newPath);
        if (File.Exists(target) || Directory.Exists(target))
        {
            throw new MediaException($"'{newPath}' already exists.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (Directory.Exists(source))
        {
            Directory.Move(source, target);
        }
        else if (File.Exists(source))
        {
            File.Move(source, target);
        }
        else
        {
            throw new MediaException($"'{path}' does not exist.");
        }
    }

    public void Delete(string path)
    {
        var full = Resolve(path);
        if (full == RootPath)
        {
            throw new MediaException("The media root cannot be deleted.");
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

    public static string CombineMedia(string? folder, string name) =>
        string.IsNullOrEmpty(folder) ? name : $"{folder.TrimEnd('/')}/{name}";

    private static string CheckName(string name) =>
        name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name is "." or ".."
            ? throw new MediaException($"'{name}' is not a valid name.")
            : name;

    /// <summary>A media path ("folder/file.png") as a full path, refusing anything that escapes the root.</summary>
    private string Resolve(string? mediaPath)
    {
        var full = Path.GetFullPath(Path.Combine(RootPath, (mediaPath ?? "").TrimStart('/')));
        if (full != RootPath && !full.StartsWith(RootPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new MediaException($"'{mediaPath}' is outside the media library.");
        }

        return full;
    }

    private string ToMediaPath(string fullPath) => Path.GetRelativePath(RootPath, fullPath).Replace('\\', '/');
}
