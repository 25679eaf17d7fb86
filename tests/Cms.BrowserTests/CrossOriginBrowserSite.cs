using Microsoft.AspNetCore.Hosting;

namespace Cms.BrowserTests;

/// <summary>
/// The NGO's site as setup makes it, with <c>Cms:Cors:AllowedOrigins</c> listing one of the two origins that
/// <see cref="OriginPages"/> serves a front-end page from.
/// </summary>
public sealed class CrossOriginBrowserSite : BrowserHost
{
    public CrossOriginBrowserSite()
    {
        Origins = OriginPages.Start();
    }

    public OriginPages Origins { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cms:Setup:Enabled", "true");
        builder.UseSetting("Cms:Setup:AdminUserName", "admin");
        builder.UseSetting("Cms:Setup:AdminPassword", Password);
        builder.UseSetting("Cms:Cors:AllowedOrigins", Origins.AllowedOrigin);
    }

    protected override Task SeedAsync() => Task.CompletedTask;

    public override async ValueTask DisposeAsync()
    {
        await Origins.DisposeAsync();
        await base.DisposeAsync();
    }
}
