using Cms.Core.Cluster;
using Cms.Core.Content;
using Cms.Core.Trash;
using Microsoft.Extensions.Options;

namespace Cms.Web.Hosting;

/// <summary>
/// Purges trashed items once they are older than <see cref="TrashOptions.RetentionDays"/>, checking every
/// <see cref="TrashOptions.PurgeEverySeconds"/> of the <see cref="TimeProvider"/>'s clock (so a test advances a fake clock
/// instead of waiting). Every node runs one, and the first to tick in a period takes a cluster lock that lasts most of the
/// period and is never released, so one node purges per period; the others skip until it expires.
/// </summary>
public sealed class TrashPurgeService : BackgroundService
{
    /// <summary>The cluster lock naming the node that purges in the current period.</summary>
    public const string LockName = "trash-purge";

    private readonly ContentStore _content;
    private readonly IClusterLock _clusterLock;
    private readonly string _owner = Guid.NewGuid().ToString("n");
    private readonly TimeProvider _clock;
    private readonly TrashOptions _options;
    private readonly ILogger<TrashPurgeService> _logger;
    private TaskCompletionSource<int?> _nextRun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TrashPurgeService(ContentStore content, IClusterLock clusterLock, TimeProvider clock, IOptions<TrashOptions> options,
        ILogger<TrashPurgeService> logger)
    {
        _content = content;
        _clusterLock = clusterLock;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>
    /// Completes when the next check has finished: with the number of items purged, or null when another node holds this
    /// period (for whoever needs to know it ran).
    /// </summary>
    public Task<int?> NextRun => Volatile.Read(ref _nextRun).Task;

    /// <summary>Purges what is past retention now; returns how many items were purged.</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = _clock.GetUtcNow().UtcDateTime.AddDays(-_options.RetentionDays);
        await using var session = await _content.OpenSessionAsync(ContentActor.System, cancellationToken);
        var purged = await ContentTrash.PurgeDeletedBeforeAsync(session, cutoff, cancellationToken);
        if (purged > 0)
        {
            await session.SaveChangesAsync(cancellationToken);
            _logger.LogInformation("Purged {Count} item(s) deleted more than {Days} days ago from the trash.", purged, _options.RetentionDays);
        }

        return purged;
    }

    /// <summary>Purges unless another node already took this period; null when it had.</summary>
    public async Task<int?> PurgeIfFirstThisPeriodAsync(TimeSpan period, CancellationToken cancellationToken)
    {
        // Nine tenths: a node whose timer runs slightly early next period must still find the lock free.
        if (!await _clusterLock.TryTakeAsync(LockName, _owner, period * 0.9, cancellationToken))
        {
            return null;
        }

        _logger.LogInformation("Trash purge: this node took the period ({Lock} lock on the {Kind}).", LockName, _clusterLock.Kind);
        return await PurgeExpiredAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(_options.PurgeEverySeconds);
        using var timer = new PeriodicTimer(period, _clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var finished = Interlocked.Exchange(ref _nextRun, new TaskCompletionSource<int?>(TaskCreationOptions.RunContinuationsAsynchronously));
                try
                {
                    finished.SetResult(await PurgeIfFirstThisPeriodAsync(period, stoppingToken));
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The next hour tries again; a failed purge loses nothing, the items simply stay a little longer.
                    _logger.LogError(exception, "Purging the trash failed.");
                    finished.SetException(exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
