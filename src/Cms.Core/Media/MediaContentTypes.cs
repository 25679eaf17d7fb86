namespace Cms.Core.Media;

/// <summary>
/// Content types stored with a file on an object store, so a CDN serving the bucket directly sends the right one.
/// Covers the library's default extensions; any other is application/octet-stream.
/// </summary>
public static class MediaContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".png"] = "image/png", [".gif"] = "image/gif",
        [".ico"] = "image/x-icon", [".svg"] = "image/svg+xml", [".webp"] = "image/webp", [".pdf"] = "application/pdf",
        [".doc"] = "application/msword", [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".ppt"] = "application/vnd.ms-powerpoint", [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".pps"] = "application/vnd.ms-powerpoint", [".ppsx"] = "application/vnd.openxmlformats-officedocument.presentationml.slideshow",
        [".odt"] = "application/vnd.oasis.opendocument.text", [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".psd"] = "image/vnd.adobe.photoshop",
        [".mp3"] = "audio/mpeg", [".m4a"] = "audio/mp4", [".ogg"] = "audio/ogg", [".wav"] = "audio/wav", [".mp4"] = "video/mp4",
        [".m4v"] = "video/mp4", [".mov"] = "video/quicktime", [".wmv"] = "video/x-ms-wmv", [".avi"] = "video/x-msvideo",
        [".mpg"] = "video/mpeg", [".ogv"] = "video/ogg", [".3gp"] = "video/3gpp", [".webm"] = "video/webm",
    };

    public static string Of(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var type) ? type : "application/octet-stream";
}
