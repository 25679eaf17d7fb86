using Cms.Core.Media;
using Cms.Core.Media.S3;
using Cms.Tests.Support;

namespace Cms.Tests.Media;

/// <summary>
/// Fresh media stores of either kind for the contract tests: a temp folder, or a new bucket on the class's s3rver.
/// The kind is the tests' one parameter, so every test runs against both implementations.
/// </summary>
public sealed class TestMediaStores : IDisposable
{
    public const string FileSystem = nameof(MediaStoreKind.FileSystem);
    public const string S3 = nameof(MediaStoreKind.S3);

    private readonly S3rverServer _server;
    private readonly List<IDisposable> _clients = [];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cms-media-tests", Guid.NewGuid().ToString("n"));

    public TestMediaStores(S3rverServer server)
    {
        _server = server;
    }

    public static TheoryData<string> Kinds => [FileSystem, S3];

    public async Task<MediaStore> CreateAsync(string kind, MediaOptions? options = null) =>
        new(await StorageAsync(kind), options ?? new MediaOptions());

    public async Task<IMediaStorage> StorageAsync(string kind)
    {
        if (kind == FileSystem)
        {
            return new FileSystemMediaStorage(Path.Combine(_folder, Guid.NewGuid().ToString("n"), "media"));
        }

        var bucket = await _server.CreateBucketAsync();
        var storage = new S3MediaStorage(S3ClientFactory.Create(_server.Options(bucket)), bucket);
        _clients.Add(storage);
        return storage;
    }

    /// <summary>An S3 store whose bucket was never created, as when the configured name is wrong.</summary>
    public IMediaStorage MissingBucket()
    {
        var storage = new S3MediaStorage(S3ClientFactory.Create(_server.Options("no-such-bucket")), "no-such-bucket");
        _clients.Add(storage);
        return storage;
    }

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
