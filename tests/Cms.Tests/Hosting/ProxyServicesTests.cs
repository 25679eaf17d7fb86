using System.Net;
using Cms.Core.Security;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Hosting;

/// <summary>
/// Behind a TLS proxy: X-Forwarded-Proto from a configured proxy makes the request HTTPS (Secure cookies, HSTS);
/// the same header from any other address changes nothing.
/// </summary>
public sealed partial class ProxyServicesTests : IClassFixture<ProxyServicesTests.Site>
{
    private const string Proxy = "10.0.0.5";
    private const string Stranger = "192.0.2.7";

    private readonly Site _site;

    public ProxyServicesTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : SignInWebFactory, IAsyncLifetime
    {
        public Task InitializeAsync() => SaveUserAsync("proxied", SystemRoles.Administrator);

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cms:ForwardedHeaders:KnownProxies:0", Proxy);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, RemoteAddressFromHeader>());
        }
    }

    [Fact]
    public async Task SignIn_ThroughAKnownProxyOverHttps_SetsSecureCookiesAndHsts()
    {
        var (cookies, hsts) = await SignInAsync(Proxy);

        Assert.Contains(cookies, c => c.StartsWith("cms.auth=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(hsts);
    }

    [Fact]
    public async Task SignIn_ForwardedHeaderFromAnUnknownAddress_IsIgnored()
    {
        var (cookies, hsts) = await SignInAsync(Stranger);

        Assert.Contains(cookies, c => c.StartsWith("cms.auth=", StringComparison.Ordinal) && !c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Null(hsts);
    }

    [Fact]
    public async Task ForwardedHeaders_NotConfigured_AreIgnored()
    {
        // From loopback, which ASP.NET's forwarded-headers defaults trust: only leaving the middleware out passes this.
        using var plain = new CmsWebFactory();
        using var factory = plain.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, RemoteAddressFromHeader>()));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = Forwarded(HttpMethod.Get, "/admin/login", "127.0.0.1");

        using var response = await client.SendAsync(request);

        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("cms.antiforgery=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Options_NotAnAddress_FailsNamingTheSettingAndValue()
    {
        using var factory = new SignInWebFactory().WithWebHostBuilder(builder => builder.UseSetting("Cms:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99"));

        var error = Record.Exception(() => factory.Services);

        Assert.NotNull(error);
        Assert.Contains("Cms:ForwardedHeaders:KnownNetworks: '10.0.0.0/99'", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Signs in through the login form as a browser behind the proxy would, carrying cookies by hand (they may be Secure).</summary>
    private async Task<(List<string> Cookies, string? Hsts)> SignInAsync(string from)
    {
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var page = await client.SendAsync(Forwarded(HttpMethod.Get, "/admin/login", from));
        var token = AntiforgeryToken().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("cms.antiforgery=", StringComparison.Ordinal)).Split(';')[0];

        using var post = Forwarded(HttpMethod.Post, "/admin/login", from);
        post.Headers.Add("Cookie", antiforgery);
        post.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("UserName", "proxied"), new("Password", SignInWebFactory.Password)]);
        using var response = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var hsts = response.Headers.TryGetValues("Strict-Transport-Security", out var values) ? values.Single() : null;
        return (response.Headers.GetValues("Set-Cookie").ToList(), hsts);
    }

    private static HttpRequestMessage Forwarded(HttpMethod method, string path, string from)
    {
        var request = new HttpRequestMessage(method, new Uri("http://cms.example.org" + path));
        request.Headers.Add("X-Test-Remote-Ip", from);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return request;
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex AntiforgeryToken();

    /// <summary>The test server has no client address; this gives each request the one its test names.</summary>
    private sealed class RemoteAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers["X-Test-Remote-Ip"].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
