using Cms.Core.Scheduling;

namespace Cms.Web.Hosting;

/// <summary>
/// Runs <see cref="ContentScheduler"/> once at start (a server that was down at a scheduled time catches up) and then every
/// second of the <see cref="TimeProvider"/>'s clock, so items go live within a couple of seconds of their time and a test
/// drives it by advancing a fake clock.
/// </summary>
public sealed class ScheduledPublishingService : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);
    private readonly ContentScheduler _scheduler;
    private readonly TimeProvider _clock;
    private readonly ILogger<ScheduledPublishingService> _logger;
    private TaskCompletionSource<int> _nextRun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ScheduledPublishingService(ContentScheduler scheduler, TimeProvider clock, ILogger<ScheduledPublishingService> logger)
    {
        _scheduler = scheduler;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Completes with the number of items changed when the next run has finished.</summary>
    public Task<int> NextRun => Volatile.Read(ref _nextRun).Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, _clock);
        try
        {
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        var finished = Interlocked.Exchange(ref _nextRun, new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            var changed = await _scheduler.RunDueAsync(stoppingToken);
            if (changed > 0)
            {
                _logger.LogInformation("Published or archived {Count} scheduled item(s).", changed);
            }

            finished.SetResult(changed);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next second tries again: nothing was half done, each item is its own transaction.
            _logger.LogError(exception, "Scheduled publishing failed.");
            finished.SetException(exception);
        }
    }
}
