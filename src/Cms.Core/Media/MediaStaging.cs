namespace Cms.Core.Media;

/// <summary>
/// Media files written by a recipe, held aside in a temp folder until the recipe's transaction commits: then they are
/// written to the media store (replacing files of the same path); on failure they are thrown away, so a failed recipe
/// leaves the library as it was. Paths and names are checked by the media store.
/// </summary>
public sealed class MediaStaging : IDisposable
{
    private readonly MediaStore _store;
    private readonly string _stagingRoot;
    private readonly Dictionary<string, string> _staged = new(StringComparer.Ordinal);

    internal MediaStaging(MediaStore store)
    {
        _store = store;
        _stagingRoot = Path.Combine(Path.GetTempPath(), "cms-media-staging", Guid.NewGuid().ToString("n"));
    }

    public IReadOnlyCollection<string> StagedPaths => _staged.Keys;

    /// <summary>Checks a target path and its extension; returns the normalised path or the reason it is refused.</summary>
    public (string? Path, string? Error) Check(string? targetPath, long length)
    {
        if (MediaPath.Normalize(targetPath) is not { } normalized)
        {
            return (null, $"The media path '{targetPath}' is not a relative path inside the media library.");
        }

        try
        {
            _store.CheckFile(normalized, length, "TargetPath");
            return (normalized, null);
        }
        catch (MediaException refused)
        {
            return (null, refused.Message);
        }
    }

    public async Task StageAsync(string normalizedPath, byte[] content, CancellationToken cancellationToken)
    {
        var staged = MediaPath.Resolve(_stagingRoot, normalizedPath)
            ?? throw new ArgumentException($"'{normalizedPath}' is not a checked media path.", nameof(normalizedPath));
        Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
        await File.WriteAllBytesAsync(staged, content, cancellationToken);
        _staged[normalizedPath] = staged;
    }

    /// <summary>Writes the staged files to the media store; call after the content store committed.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        foreach (var (path, staged) in _staged)
        {
            await using var content = File.OpenRead(staged);
            await _store.Storage.WriteAsync(MediaStore.Key(path, "TargetPath"), content, cancellationToken);
        }

        _staged.Clear();
        Dispose();
    }

    public void Dispose()
    {
        if (Directory.Exists(_stagingRoot))
        {
            Directory.Delete(_stagingRoot, recursive: true);
        }
    }
}
