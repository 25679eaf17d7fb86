using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Cms.Tests.Support;

/// <summary>
/// A real HTTP receiver for webhook tests: Kestrel on 127.0.0.1 and a free port, recording each POST (body and headers)
/// and answering as told: a status code, or no answer at all until it is disposed.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedWebhook> _received = Channel.CreateUnbounded<ReceivedWebhook>();
    private readonly Queue<int?> _answers = new();
    private readonly CancellationTokenSource _stopping = new();

    private WebhookReceiver(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The URL to register.</summary>
    public Uri Url { get; private set; } = null!;

    public int Count { get; private set; }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", receiver.HandleAsync);
        await app.StartAsync();
        receiver.Url = new Uri(new Uri(app.Urls.First()), "/hook");
        return receiver;
    }

    /// <summary>The next answers, in order: a status code, or null for none (the request hangs). Afterwards: 200.</summary>
    public void AnswerWith(params int?[] answers)
    {
        lock (_answers)
        {
            foreach (var answer in answers)
            {
                _answers.Enqueue(answer);
            }
        }
    }

    /// <summary>The next request to arrive (already arrived or not).</summary>
    public async Task<ReceivedWebhook> NextAsync() => await _received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        int? answer;
        lock (_answers)
        {
            Count++;
            answer = _answers.Count > 0 ? _answers.Dequeue() : 200;
        }

        await _received.Writer.WriteAsync(new ReceivedWebhook(
            body.ToArray(), context.Request.Headers["X-Cms-Signature"].ToString(), context.Request.Headers["X-Cms-Delivery"].ToString()));
        if (answer is null)
        {
            await Task.Delay(Timeout.Infinite, _stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        context.Response.StatusCode = answer.Value;
    }
}
