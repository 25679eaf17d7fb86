using Cms.Core.Content;
using Cms.Core.Trash;
using Microsoft.Extensions.Options;

namespace Cms.Web.Hosting;

/// <summary>
/// Purges trashed items once they are older than <see cref="TrashOptions.RetentionDays"/>, checking every hour of the
/// <see cref="TimeProvider"/>'s clock (so a test advances a fake clock instead of waiting). One per process: purging the
/// same entry twice from two nodes is harmless, the second finds nothing.
/// </summary>
public sealed class TrashPurgeService : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);
    private readonly ContentStore _content;
    private readonly TimeProvider _clock;
    private readonly TrashOptions _options;
    private readonly ILogger<TrashPurgeService> _logger;
    private TaskCompletionSource<int> _nextRun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TrashPurgeService(ContentStore content, TimeProvider clock, IOptions<TrashOptions> options, ILogger<TrashPurgeService> logger)
    {
        _content = content;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Completes with the number of items purged when the next check has finished (for whoever needs to know it ran).</summary>
    public Task<int> NextRun => Volatile.Read(ref _nextRun).Task;

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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, _clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var finished = Interlocked.Exchange(ref _nextRun, new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously));
                try
                {
                    finished.SetResult(await PurgeExpiredAsync(stoppingToken));
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
