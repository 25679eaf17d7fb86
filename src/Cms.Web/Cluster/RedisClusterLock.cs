using Cms.Core.Cluster;
using StackExchange.Redis;

namespace Cms.Web.Cluster;

/// <summary>
/// Cluster locks as Redis keys (<c>SET key token NX PX expiry</c>; extend and release only while the value is our token).
/// While Redis is unreachable the store's lock stands in: the work under a lock commits in its own transaction, so a
/// node cut off from Redis risks doing some work twice, never doing it half.
/// </summary>
public sealed class RedisClusterLock : IClusterLock
{
    private readonly RedisConnection _redis;
    private readonly StoreClusterLock _fallback;

    public RedisClusterLock(RedisConnection redis, StoreClusterLock fallback)
    {
        _redis = redis;
        _fallback = fallback;
    }

    public string Kind => "redis";

    public async Task<bool> TryTakeAsync(string name, string owner, TimeSpan expiry, CancellationToken cancellationToken)
    {
        if (!_redis.IsConnected)
        {
            return await _fallback.TryTakeAsync(name, owner, expiry, cancellationToken);
        }

        try
        {
            return await Database.LockTakeAsync(Key(name), owner, expiry);
        }
        catch (Exception exception) when (IsRedisFailure(exception))
        {
            // Connected a moment ago but not answering now: as when it is down.
            return await _fallback.TryTakeAsync(name, owner, expiry, cancellationToken);
        }
    }

    public async Task<bool> TryExtendAsync(string name, string owner, TimeSpan expiry, CancellationToken cancellationToken)
    {
        if (!_redis.IsConnected)
        {
            return await _fallback.TryExtendAsync(name, owner, expiry, cancellationToken);
        }

        try
        {
            return await Database.LockExtendAsync(Key(name), owner, expiry);
        }
        catch (Exception exception) when (IsRedisFailure(exception))
        {
            // Unknown whether the key still holds our token: the holder must assume it lost the lock.
            return false;
        }
    }

    public async Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken)
    {
        if (!_redis.IsConnected)
        {
            await _fallback.ReleaseAsync(name, owner, cancellationToken);
            return;
        }

        try
        {
            await Database.LockReleaseAsync(Key(name), owner);
        }
        catch (Exception exception) when (IsRedisFailure(exception))
        {
            // The key expires on its own; a release that cannot reach Redis must not fail the work it guarded.
        }
    }

    private static bool IsRedisFailure(Exception exception) => exception is RedisException or RedisTimeoutException;

    private IDatabase Database => _redis.Multiplexer.GetDatabase();

    private RedisKey Key(string name) => _redis.KeyPrefix + "lock:" + name;
}
