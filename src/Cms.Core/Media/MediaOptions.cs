using System.ComponentModel.DataAnnotations;
using Cms.Core.Media.S3;

namespace Cms.Core.Media;

/// <summary>
/// The <c>Cms:Media</c> section: what may be stored in the media library (Orchard's defaults). The same
/// rules apply to the admin's uploads and to files written by a recipe's media step.
/// </summary>
public sealed class MediaOptions
{
    public const string SectionName = "Cms:Media";

    /// <summary>Where the library is kept: the data folder's media/ (FileSystem, the default) or an S3 bucket (S3, set in <see cref="S3"/>).</summary>
    public MediaStoreKind Store { get; set; } = MediaStoreKind.FileSystem;

    /// <summary>The bucket and its server when <see cref="Store"/> is S3.</summary>
    public S3MediaOptions S3 { get; set; } = new();

    /// <summary>
    /// An absolute URL (a CDN, or the bucket's public address) that MediaField URLs and <c>mediaAssets</c> paths start
    /// with instead of the node's /media. The node still serves /media; empty (the default) points clients at it.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Largest accepted file in bytes. Default 30,000,000 as in Orchard.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileSize { get; set; } = 30_000_000;

    public HashSet<string> AllowedFileExtensions { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".ico", ".svg", ".webp", ".pdf", ".doc", ".docx", ".ppt", ".pptx", ".pps", ".ppsx",
        ".odt", ".xls", ".xlsx", ".psd", ".mp3", ".m4a", ".ogg", ".wav", ".mp4", ".m4v", ".mov", ".wmv", ".avi", ".mpg",
        ".ogv", ".3gp", ".webm",
    };

    /// <summary>
    /// Whether any width and height may be asked for (up to the maxima). Default false, as Orchard without signed
    /// URLs: only <see cref="SupportedSizes"/> and the sizes of media profiles, so nobody can fill the disk cache by
    /// asking for every width from 1 to 4,000.
    /// </summary>
    public bool AllowAnyResize { get; set; }

    /// <summary>Widths and heights a query string may ask for when <see cref="AllowAnyResize"/> is false (Orchard's list); a configured list replaces it.</summary>
    public List<int> SupportedSizes { get; set; } = [16, 32, 50, 100, 160, 240, 480, 600, 1024, 2048];

    /// <summary>Largest width a resize may produce, profiles included. Default 4096.</summary>
    [Range(1, 16384)]
    public int MaxResizeWidth { get; set; } = 4096;

    /// <summary>Largest height a resize may produce, profiles included. Default 4096.</summary>
    [Range(1, 16384)]
    public int MaxResizeHeight { get; set; } = 4096;

    /// <summary>
    /// Largest source image (width × height) that is decoded for resizing: a small file can claim a huge canvas
    /// (a decompression bomb). Default 64,000,000, enough for a 50-megapixel camera.
    /// </summary>
    [Range(1, long.MaxValue)]
    public long MaxSourcePixels { get; set; } = 64_000_000;

    /// <summary>Disk space the resized images may take under the data folder's <c>media-cache/</c>; the least recently served go first. Default 256.</summary>
    [Range(0, int.MaxValue)]
    public int ResizedCacheMegabytes { get; set; } = 256;

    /// <summary>Every setting of the store that cannot be used, named as in configuration; empty when all can.</summary>
    public IReadOnlyList<string> StoreProblems()
    {
        var problems = new List<string>();
        if (PublicBaseUrl is not null && (!PublicBaseUrl.IsAbsoluteUri || PublicBaseUrl.Scheme is not ("http" or "https")))
        {
            problems.Add($"{SectionName}:{nameof(PublicBaseUrl)}: '{PublicBaseUrl}' is not an absolute http or https URL.");
        }

        if (Store == MediaStoreKind.S3)
        {
            problems.AddRange(S3.Problems($"{SectionName}:{nameof(S3)}"));
        }

        return problems;
    }

    /// <summary>Why a file of this name and length may not be stored, or null when it may.</summary>
    public string? Refusal(string fileName, long length)
    {
        var extension = Path.GetExtension(fileName);
        if (!AllowedFileExtensions.Contains(extension))
        {
            return $"File extension not allowed: '{extension}' (file '{fileName}').";
        }

        return length > MaxFileSize ? $"The file '{fileName}' is {length:N0} bytes; the limit is {MaxFileSize:N0} bytes." : null;
    }
}
