using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cms.BrowserTests;

/// <summary>
/// Another web site, as a front end on its own origin: one page with fetch code, served on two free ports of
/// 127.0.0.1 (two origins: one the CMS allows, one it does not).
/// </summary>
public sealed class OriginPages : IAsyncDisposable
{
    /// <summary>
    /// <c>callApi(method)</c> resolves to "status:…" or to "rejected:…" when fetch rejects (what a CORS refusal
    /// looks like to a script). The POST's application/json type makes it a non-simple request: a preflight first.
    /// </summary>
    private const string Page = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Front end</title></head>
        <body><h1>Front end</h1>
        <script>
          const api = new URLSearchParams(location.search).get('api');
          const query = '{ letter(first: 1) { displayText } }';
          window.callApi = async (method) => {
            try {
              const response = method === 'GET'
                ? await fetch(api + '?query=' + encodeURIComponent(query))
                : await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
              const body = await response.json();
              return 'status:' + response.status + ' ' + (body.data?.letter?.[0]?.displayText ?? JSON.stringify(body));
            } catch (error) {
              return 'rejected:' + error.message;
            }
          };
        </script>
        </body></html>
        """;

    private readonly WebApplication _app;

    private OriginPages(WebApplication app, string allowedOrigin, string otherOrigin)
    {
        _app = app;
        AllowedOrigin = allowedOrigin;
        OtherOrigin = otherOrigin;
    }

    /// <summary>The origin the CMS is configured to allow (http://127.0.0.1:port).</summary>
    public string AllowedOrigin { get; }

    /// <summary>An origin the CMS does not know.</summary>
    public string OtherOrigin { get; }

    public static OriginPages Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(Page, "text/html; charset=utf-8"));
        app.Start();
        var origins = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(address => address.TrimEnd('/')).ToArray();
        return new OriginPages(app, origins[0], origins[1]);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
