using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace Cms.Web.Media;

/// <summary>
/// The part of a media file a request asks for: one byte range from its Range header, honoured only while If-Range
/// (when sent) still names this version of the file. Several ranges in one request are answered with the whole file,
/// which HTTP allows and spares a multipart body.
/// </summary>
internal readonly record struct MediaByteRange(bool IsPartial, bool Unsatisfiable, long From, long Length)
{
    private static readonly MediaByteRange Whole = new(false, false, 0, 0);

    public static MediaByteRange Select(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset lastModified, long fileLength)
    {
        if (request.Range is not { Unit.Value: "bytes", Ranges.Count: 1 } header || !StillCurrent(request.IfRange, etag, lastModified))
        {
            return Whole;
        }

        var range = header.Ranges.Single();
        if (range.From is { } from)
        {
            if (from >= fileLength)
            {
                return new MediaByteRange(false, true, 0, 0);
            }

            var to = Math.Min(range.To ?? fileLength - 1, fileLength - 1);
            return new MediaByteRange(true, false, from, to - from + 1);
        }

        // "bytes=-500": the last 500 bytes.
        var suffix = Math.Min(range.To ?? 0, fileLength);
        return suffix <= 0 ? new MediaByteRange(false, true, 0, 0) : new MediaByteRange(true, false, fileLength - suffix, suffix);
    }

    private static bool StillCurrent(RangeConditionHeaderValue? ifRange, EntityTagHeaderValue etag, DateTimeOffset lastModified) =>
        ifRange is null
        || (ifRange.EntityTag is { } tag && tag.Compare(etag, useStrongComparison: true))
        || (ifRange.LastModified is { } date && date >= lastModified);
}
