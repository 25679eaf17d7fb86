using System.Collections.Concurrent;
using Cms.Core.Settings;
using Cms.Core.Storage;
using Cms.Core.Webhooks;
using Microsoft.Extensions.Options;

namespace Cms.Web.Webhooks;

/// <summary>
/// Works through the outbox every second of the <see cref="TimeProvider"/>'s clock (and once at start, so deliveries a
/// stopped server owed go out). Each delivery runs on its own, at most <see cref="WebhookOptions.MaxConcurrentPerWebhook"/>
/// per webhook: a slow or dead receiver holds only its own slots, never publishing (which only wrote a row) nor other
/// receivers. A failed attempt is retried with exponential backoff and jitter until the retry window closes.
/// </summary>
public sealed class WebhookDeliveryService : BackgroundService
{
    // Due rows read per webhook and pass: enough to fill its slots, while one receiver's backlog leaves room for the rest.
    private const int DuePerWebhook = 50;
    private const string TaskName = "webhook-delivery";
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromHours(1);

    private readonly DocumentStore _store;
    private readonly WebhookSender _sender;
    private readonly PeriodicTaskLock _lock;
    private readonly TimeProvider _clock;
    private readonly WebhookOptions _options;
    private readonly ILogger<WebhookDeliveryService> _logger;
    private readonly ConcurrentDictionary<long, Task> _inFlight = new();
    private readonly ConcurrentDictionary<string, int> _perWebhook = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _dispatching = new(1, 1);
    private readonly SemaphoreSlim _recording = new(1, 1);
    private readonly SemaphoreSlim _slotFreed = new(0, 1);
    private readonly ConcurrentQueue<WebhookAttemptRecord> _unrecorded = new();

    public WebhookDeliveryService(DocumentStore store, WebhookSender sender, PeriodicTaskLock taskLock, TimeProvider clock,
        IOptions<WebhookOptions> options, ILogger<WebhookDeliveryService> logger)
    {
        _store = store;
        _sender = sender;
        _lock = taskLock;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>
    /// Starts every due delivery that is not under way and has a free slot; the returned task completes when those, and
    /// any still under way, have finished (the background loop does not wait for it).
    /// </summary>
    public async Task<Task> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await _dispatching.WaitAsync(cancellationToken);
        try
        {
            var now = _clock.GetUtcNow().UtcDateTime;
            var due = await WebhookOutbox.DueAsync(_store, now, DuePerWebhook, cancellationToken);
            if (due.Any(d => !_inFlight.ContainsKey(d.Id)) && await _lock.TryAcquireAsync(TaskName, TimeSpan.FromSeconds(30), cancellationToken))
            {
                await StartAsync(due, cancellationToken);
            }

            return Task.WhenAll(_inFlight.Values);
        }
        finally
        {
            _dispatching.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    _ = await DispatchDueAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The rows stay pending; the next second tries again.
                    _logger.LogError(exception, "Dispatching webhook deliveries failed.");
                }

                await NextPassAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; deliveries under way are abandoned and stay pending for the next start.
        }
    }

    /// <summary>A second later on the clock, or as soon as a delivery frees its slot (a backlog drains at the receivers' pace).</summary>
    private async Task NextPassAsync(CancellationToken stoppingToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var tick = Task.Delay(Period, _clock, waiting.Token);
        var freed = _slotFreed.WaitAsync(waiting.Token);
        await Task.WhenAny(tick, freed);
        await waiting.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    private async Task StartAsync(IReadOnlyList<WebhookDelivery> due, CancellationToken cancellationToken)
    {
        IReadOnlyList<WebhookDefinition> webhooks;
        string? baseUrl;
        await using (var session = await _store.OpenReadSessionAsync(cancellationToken))
        {
            webhooks = await WebhookStore.LoadAsync(session, cancellationToken);
            baseUrl = (await SiteSettings.LoadAsync(session, cancellationToken))?.BaseUrl;
        }

        foreach (var delivery in due.Where(d => !_inFlight.ContainsKey(d.Id)))
        {
            var webhook = webhooks.FirstOrDefault(w => w.Name == delivery.WebhookName);
            if (webhook is { Enabled: false } || (webhook is not null && _perWebhook.GetValueOrDefault(webhook.Name) >= _options.MaxConcurrentPerWebhook))
            {
                continue;
            }

            _perWebhook.AddOrUpdate(delivery.WebhookName, 1, (_, n) => n + 1);
            // Registered before it may run: a delivery that finishes at once must still find itself to remove.
            var registered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _inFlight[delivery.Id] = Task.Run(
                async () =>
                {
                    await registered.Task;
                    await DeliverAsync(delivery, webhook, baseUrl);
                },
                CancellationToken.None);
            registered.SetResult();
        }
    }

    private async Task DeliverAsync(WebhookDelivery delivery, WebhookDefinition? webhook, string? baseUrl)
    {
        try
        {
            var attempt = webhook is null
                ? new WebhookAttempt(false, null, $"The webhook '{delivery.WebhookName}' no longer exists.")
                : await SendAsync(delivery, webhook, baseUrl);
            await RecordAsync(delivery, attempt, gone: webhook is null);
        }
        catch (Exception exception)
        {
            // The row stays pending as it was and is tried again on a later pass.
            _logger.LogError(exception, "Delivering {DeliveryId} to webhook {Webhook} failed.", delivery.DeliveryId, delivery.WebhookName);
        }
        finally
        {
            _perWebhook.AddOrUpdate(delivery.WebhookName, 0, (_, n) => n - 1);
            _inFlight.TryRemove(delivery.Id, out _);
            if (_slotFreed.CurrentCount == 0)
            {
                try
                {
                    _slotFreed.Release();
                }
                catch (SemaphoreFullException)
                {
                    // Another delivery woke the loop first: one pass serves both.
                }
            }
        }
    }

    private Task<WebhookAttempt> SendAsync(WebhookDelivery delivery, WebhookDefinition webhook, string? baseUrl)
    {
        var body = WebhookPayload.Body(delivery, baseUrl);
        return _sender.SendAsync(new Uri(webhook.Url), body, WebhookPayload.Signature(webhook.Secret, body), delivery.DeliveryId, CancellationToken.None);
    }

    private async Task RecordAsync(WebhookDelivery delivery, WebhookAttempt attempt, bool gone)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var next = now + Backoff(delivery.Attempts + 1);
        var status = attempt.Delivered ? WebhookDelivery.Delivered
            : gone || next > delivery.RetryFromUtc.AddHours(_options.RetryHours) ? WebhookDelivery.Failed
            : WebhookDelivery.Pending;
        if (status == WebhookDelivery.Failed)
        {
            _logger.LogWarning("Webhook delivery {DeliveryId} to {Webhook} failed for good: {Error}", delivery.DeliveryId, delivery.WebhookName, attempt.Error);
        }

        _unrecorded.Enqueue(new WebhookAttemptRecord(delivery.Id, status, now, next, attempt.ResponseCode, attempt.Error));
        await RecordQueuedAsync();
    }

    /// <summary>
    /// Group commit: whoever holds the lock writes every attempt queued so far in one transaction; an attempt queued while
    /// another write ran finds the queue drained by the next writer (perhaps itself). Either way it is stored before its
    /// delivery counts as finished.
    /// </summary>
    private async Task RecordQueuedAsync()
    {
        await _recording.WaitAsync();
        try
        {
            var batch = new List<WebhookAttemptRecord>();
            while (_unrecorded.TryDequeue(out var record))
            {
                batch.Add(record);
            }

            if (batch.Count > 0)
            {
                await WebhookOutbox.RecordAttemptsAsync(_store, batch, CancellationToken.None);
            }
        }
        finally
        {
            _recording.Release();
        }
    }

    /// <summary>10 s, 20 s, 40 s ... capped at an hour, each scaled by a random 50-100% so receivers that failed together do not retry together.</summary>
    private static TimeSpan Backoff(int attempts)
    {
        var doubled = FirstRetry.TotalSeconds * Math.Pow(2, Math.Min(attempts - 1, 20));
        var seconds = Math.Min(doubled, LongestRetry.TotalSeconds);
        return TimeSpan.FromSeconds(seconds * System.Security.Cryptography.RandomNumberGenerator.GetInt32(500, 1001) / 1000);
    }

    public override void Dispose()
    {
        _dispatching.Dispose();
        _recording.Dispose();
        _slotFreed.Dispose();
        base.Dispose();
    }
}
