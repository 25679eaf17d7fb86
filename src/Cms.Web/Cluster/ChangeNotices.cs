using Cms.Core.Storage;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Cms.Web.Cluster;

/// <summary>
/// Keeps this node's view of the store's versions (<see cref="StoreVersionWatch"/>) current, so every cache keyed on them
/// is fresh. With Redis connected, each local commit is published on a channel and other nodes' notices are taken in as
/// they arrive; without Redis, or while it is unreachable, the store's versions are read once per
/// <see cref="SyncOptions.PollMilliseconds"/> instead. Each switch between the two is logged once.
/// </summary>
public sealed class ChangeNotices : BackgroundService
{
    private readonly DocumentStore _store;
    private readonly RedisConnection? _redis;
    private readonly TimeProvider _clock;
    private readonly SyncOptions _options;
    private readonly ILogger<ChangeNotices> _logger;
    private readonly RedisChannel _channel;
    private bool? _hearing;

    public ChangeNotices(DocumentStore store, IServiceProvider services, TimeProvider clock, IOptions<SyncOptions> options,
        IOptions<RedisOptions> redis, ILogger<ChangeNotices> logger)
    {
        _store = store;
        _redis = redis.Value.IsConfigured ? services.GetRequiredService<RedisConnection>() : null;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
        _channel = RedisChannel.Literal(redis.Value.KeyPrefix + "versions");
    }

    /// <summary>True while this node hears other nodes' notices over Redis (false: it polls the store).</summary>
    public bool IsHearingNotices => _hearing == true;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _store.Versions.Committed += Publish;
        try
        {
            using var timer = new PeriodicTimer(_options.PollPeriod, _clock);
            do
            {
                await KeepUpAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            _store.Versions.Committed -= Publish;
        }
    }

    /// <summary>One tick: listen when Redis is there (catching up once on what was missed), poll the store when it is not.</summary>
    private async Task KeepUpAsync(CancellationToken cancellationToken)
    {
        var hearing = _redis is not null && await TryListenAsync();
        if (hearing != _hearing)
        {
            LogSwitch(hearing);
            if (hearing)
            {
                // Commits made while the channel was silent reached nobody: say where this node is, and read once more.
                Publish(_store.Versions.Current);
            }
        }

        if (!hearing || hearing != _hearing)
        {
            await PollAsync(cancellationToken);
        }

        _hearing = hearing;
    }

    private async Task<bool> TryListenAsync()
    {
        if (!_redis!.IsConnected)
        {
            return false;
        }

        if (_hearing != true)
        {
            try
            {
                var subscriber = _redis.Multiplexer.GetSubscriber();
                await subscriber.UnsubscribeAsync(_channel);
                await subscriber.SubscribeAsync(_channel, (_, message) => Receive(message));
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                return false;
            }
        }

        return _redis.IsConnected;
    }

    private void Receive(RedisValue message)
    {
        if (StoreVersions.FromNotice(message) is { } versions)
        {
            _store.Versions.Observe(versions);
        }
    }

    private void Publish(StoreVersions versions)
    {
        if (_redis is null || !_redis.IsConnected)
        {
            return;
        }

        // Fire and forget: a lost notice costs the other nodes one poll period at worst, never a wrong answer.
        _ = _redis.Multiplexer.GetSubscriber().PublishAsync(_channel, versions.ToNotice(), CommandFlags.FireAndForget);
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _store.PollVersionsAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is StoreUnavailableException or System.Data.Common.DbException)
        {
            // /health/ready reports the store; the next tick reads again.
            _logger.LogDebug(exception, "Reading the store's versions failed.");
        }
    }

    private void LogSwitch(bool hearing)
    {
        if (hearing)
        {
            _logger.LogInformation("Change notices: listening on Redis channel {Channel}; the store is no longer polled.", _channel);
        }
        else if (_redis is null)
        {
            _logger.LogInformation("Change notices: no Redis configured (Cms:Redis:Configuration); polling the store every {Period} ms.",
                _options.PollMilliseconds);
        }
        else
        {
            _logger.LogWarning("Change notices: Redis is unreachable; polling the store every {Period} ms until it returns.",
                _options.PollMilliseconds);
        }
    }
}
