using Cms.Core.Media;
using Microsoft.AspNetCore.StaticFiles;

namespace Cms.Web.Admin;

/// <summary>
/// Content types of /media: only files whose extension the media store allows are served, with the type that
/// extension has (or application/octet-stream). A file that reached the folder some other way (copied in by
/// hand, or stored before the list changed) gets no type, so /media does not serve it.
/// </summary>
internal sealed class MediaContentTypeProvider : IContentTypeProvider
{
    private readonly MediaStore _media;
    private readonly FileExtensionContentTypeProvider _known = new();

    public MediaContentTypeProvider(MediaStore media)
    {
        _media = media;
    }

    public bool TryGetContentType(string subpath, out string contentType)
    {
        if (!_media.IsAllowed(subpath))
        {
            contentType = "";
            return false;
        }

        if (!_known.TryGetContentType(subpath, out var known))
        {
            known = "application/octet-stream";
        }

        contentType = known;
        return true;
    }
}
