using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Cms.Web.Webhooks;

/// <summary>
/// POSTs one signed delivery. Addresses are checked when the connection is made, on the address actually dialled (so a
/// name that resolves to an internal address, or starts to after it was registered, is refused); redirects are not
/// followed. The time limit runs on the <see cref="TimeProvider"/>, so a test advances a fake clock instead of waiting.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _client;
    private readonly TimeProvider _clock;
    private readonly WebhookOptions _options;

    public WebhookSender(IOptions<WebhookOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task<WebhookAttempt> SendAsync(Uri url, byte[] body, string signature, string deliveryId, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_options.TimeoutSeconds), _clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add("X-Cms-Signature", signature);
        request.Headers.Add("X-Cms-Delivery", deliveryId);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? new WebhookAttempt(true, code, null)
                : new WebhookAttempt(false, code, $"The receiver answered {code} {response.ReasonPhrase}.");
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new WebhookAttempt(false, null, $"No answer within {_options.TimeoutSeconds} s.");
        }
        catch (HttpRequestException exception)
        {
            var refused = exception.InnerException as WebhookTargetRefusedException;
            return new WebhookAttempt(false, null, refused?.Message ?? exception.Message);
        }
    }

    public void Dispose() => _client.Dispose();

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = _options.AllowPrivateTargets ? addresses : addresses.Where(a => WebhookTargetGuard.Refusal(a) is null).ToArray();
        if (allowed.Length == 0)
        {
            var reasons = string.Join(", ", addresses.Select(a => $"{a} is {WebhookTargetGuard.Refusal(a) ?? "unreachable"}"));
            throw new WebhookTargetRefusedException(
                $"Refused to deliver to '{host}': {(reasons.Length > 0 ? reasons : "it resolves to no address")}. " +
                "Webhooks reach public addresses only unless Cms:Webhooks:AllowPrivateTargets is set.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
