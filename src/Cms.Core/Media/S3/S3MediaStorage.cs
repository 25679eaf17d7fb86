using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Cms.Core.Media.S3;

/// <summary>
/// The media library in an S3 bucket, one object per file, keyed by its media path. Only plain S3 calls
/// (PutObject, GetObject with a range, HeadObject, ListObjectsV2, CopyObject, DeleteObject), so AWS S3, MinIO and R2
/// all work. Folders are key prefixes; an empty folder is kept as a zero-byte "folder/" object. Moving or deleting a
/// folder is one call per object, so it is not atomic: a failure part-way leaves the rest where it was.
/// </summary>
public sealed class S3MediaStorage : IMediaStorage, IDisposable
{
    private readonly IAmazonS3 _client;
    private readonly string _bucket;

    public S3MediaStorage(IAmazonS3 client, string bucketName)
    {
        _client = client;
        _bucket = bucketName;
    }

    public async Task<IReadOnlyList<MediaEntry>> ListAsync(string folder, bool recursive, CancellationToken cancellationToken)
    {
        var prefix = Prefix(folder);
        var entries = new Dictionary<string, MediaEntry>(StringComparer.Ordinal);
        var request = new ListObjectsV2Request { BucketName = _bucket, Prefix = prefix, Delimiter = recursive ? null : "/" };
        do
        {
            var page = await _client.ListObjectsV2Async(request, cancellationToken);
            foreach (var common in page.CommonPrefixes ?? [])
            {
                AddFolder(entries, common.TrimEnd('/'));
            }

            foreach (var item in page.S3Objects ?? [])
            {
                AddObject(entries, item, prefix, recursive);
            }

            request.ContinuationToken = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (request.ContinuationToken is not null);

        return [.. entries.Values];
    }

    public async Task<MediaFileInfo?> FindFileAsync(string path, CancellationToken cancellationToken)
    {
        if (Key(path).Length == 0)
        {
            return null;
        }

        try
        {
            var head = await _client.GetObjectMetadataAsync(_bucket, Key(path), cancellationToken);
            var modified = head.LastModified is { } at ? new DateTimeOffset(at.ToUniversalTime(), TimeSpan.Zero) : DateTimeOffset.UnixEpoch;
            return new MediaFileInfo(head.ContentLength, modified, head.ETag);
        }
        catch (AmazonS3Exception missing) when (missing.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<bool> FolderExistsAsync(string path, CancellationToken cancellationToken)
    {
        if (Key(path).Length == 0)
        {
            return true;
        }

        var page = await _client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = _bucket, Prefix = Prefix(path), MaxKeys = 1 }, cancellationToken);
        return page.S3Objects is { Count: > 0 };
    }

    public async Task<Stream> OpenReadAsync(string path, long offset, long? length, CancellationToken cancellationToken)
    {
        var request = new GetObjectRequest { BucketName = _bucket, Key = Key(path) };
        if (offset > 0 || length is not null)
        {
            request.ByteRange = length is { } count ? new ByteRange(offset, offset + count - 1) : new ByteRange($"bytes={offset}-");
        }

        var response = await _client.GetObjectAsync(request, cancellationToken);
        return response.ResponseStream;
    }

    public async Task WriteAsync(string path, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        // PutObject needs the length up front; an upload stream that cannot seek is buffered in a temp file first.
        await using var buffered = content.CanSeek ? null : await BufferAsync(content, cancellationToken);
        await _client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = _bucket,
            Key = Key(path),
            InputStream = buffered ?? content,
            AutoCloseStream = false,
            UseChunkEncoding = false,
            ContentType = MediaContentTypes.Of(path),
        }, cancellationToken);
    }

    public Task CreateFolderAsync(string path, CancellationToken cancellationToken) =>
        _client.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = Prefix(path), ContentBody = "", UseChunkEncoding = false }, cancellationToken);

    public async Task MoveFileAsync(string source, string target, CancellationToken cancellationToken)
    {
        await CopyAsync(Key(source), Key(target), cancellationToken);
        await _client.DeleteObjectAsync(_bucket, Key(source), cancellationToken);
    }

    public async Task MoveFolderAsync(string source, string target, CancellationToken cancellationToken)
    {
        var from = Prefix(source);
        var to = Prefix(target);
        foreach (var key in await KeysUnderAsync(from, cancellationToken))
        {
            await CopyAsync(key, to + key[from.Length..], cancellationToken);
            await _client.DeleteObjectAsync(_bucket, key, cancellationToken);
        }
    }

    public Task DeleteFileAsync(string path, CancellationToken cancellationToken) => _client.DeleteObjectAsync(_bucket, Key(path), cancellationToken);

    public async Task DeleteFolderAsync(string path, CancellationToken cancellationToken)
    {
        foreach (var key in await KeysUnderAsync(Prefix(path), cancellationToken))
        {
            await _client.DeleteObjectAsync(_bucket, key, cancellationToken);
        }
    }

    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = _bucket, MaxKeys = 1 }, cancellationToken);
            return null;
        }
        catch (Exception exception) when (exception is AmazonServiceException or AmazonClientException or HttpRequestException or IOException)
        {
            return $"The media bucket '{_bucket}' cannot be read: {exception.Message}";
        }
    }

    public string? LocalFilePath(string path) => null;

    public void Dispose() => _client.Dispose();

    private Task<CopyObjectResponse> CopyAsync(string sourceKey, string targetKey, CancellationToken cancellationToken) =>
        _client.CopyObjectAsync(new CopyObjectRequest
        {
            SourceBucket = _bucket,
            SourceKey = sourceKey,
            DestinationBucket = _bucket,
            DestinationKey = targetKey,
        }, cancellationToken);

    private async Task<List<string>> KeysUnderAsync(string prefix, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        var request = new ListObjectsV2Request { BucketName = _bucket, Prefix = prefix };
        do
        {
            var page = await _client.ListObjectsV2Async(request, cancellationToken);
            keys.AddRange((page.S3Objects ?? []).Select(o => o.Key));
            request.ContinuationToken = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (request.ContinuationToken is not null);

        return keys;
    }

    /// <summary>A file, and with <paramref name="recursive"/> every folder on its way down from the listed one.</summary>
    private static void AddObject(Dictionary<string, MediaEntry> entries, S3Object item, string prefix, bool recursive)
    {
        var path = item.Key.TrimEnd('/');
        if (path.Length <= prefix.TrimEnd('/').Length)
        {
            return;
        }

        if (recursive)
        {
            for (var slash = path.IndexOf('/', prefix.Length); slash > 0; slash = path.IndexOf('/', slash + 1))
            {
                AddFolder(entries, path[..slash]);
            }
        }

        if (item.Key.EndsWith('/'))
        {
            AddFolder(entries, path);
            return;
        }

        var modified = item.LastModified is { } at ? at.ToUniversalTime() : DateTime.UnixEpoch;
        entries[path] = new MediaEntry(path, IsFolder: false, item.Size ?? 0, modified);
    }

    private static void AddFolder(Dictionary<string, MediaEntry> entries, string path) =>
        entries.TryAdd(path, new MediaEntry(path, IsFolder: true, 0, DateTime.UnixEpoch));

    private static async Task<FileStream> BufferAsync(Stream content, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await content.CopyToAsync(file, cancellationToken);
        file.Position = 0;
        return file;
    }

    /// <summary>The object key of a media path; refuses anything <see cref="MediaPath.Normalize"/> would change, as a second guard.</summary>
    private static string Key(string path) =>
        path.Length == 0 || MediaPath.Normalize(path) == path
            ? path
            : throw new MediaException("path", $"'{path}' is not a path inside the media library.");

    private static string Prefix(string folder) => Key(folder).Length == 0 ? "" : folder + "/";
}
