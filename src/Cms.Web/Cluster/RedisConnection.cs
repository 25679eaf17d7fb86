using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Cms.Web.Cluster;

/// <summary>
/// The node's one Redis connection, opened on first use and never given up: the client reconnects by itself after an
/// outage, and until then <see cref="IsConnected"/> is false and callers fall back to the store.
/// </summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer;

    public RedisConnection(IOptions<RedisOptions> options)
    {
        var redis = options.Value;
        KeyPrefix = redis.KeyPrefix;
        _multiplexer = new Lazy<ConnectionMultiplexer>(() =>
        {
            var configuration = ConfigurationOptions.Parse(redis.Configuration!);
            // Start even when Redis is down (the store carries on alone) and keep retrying in the background.
            configuration.AbortOnConnectFail = false;
            configuration.ConnectTimeout = Math.Min(configuration.ConnectTimeout, 2000);
            return ConnectionMultiplexer.Connect(configuration);
        });
    }

    public string KeyPrefix { get; }

    public ConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public bool IsConnected => Multiplexer.IsConnected;

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer.IsValueCreated)
        {
            await _multiplexer.Value.DisposeAsync();
        }
    }
}
