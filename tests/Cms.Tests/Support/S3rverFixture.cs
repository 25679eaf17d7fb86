namespace Cms.Tests.Support;

/// <summary>One s3rver for a test class (xunit class fixture), started before its first test and stopped after its last.</summary>
public sealed class S3rverFixture : IAsyncLifetime
{
    private S3rverServer? _server;

    public S3rverServer Server => _server ?? throw new InvalidOperationException("s3rver has not started.");

    public async Task InitializeAsync() => _server = await S3rverServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
