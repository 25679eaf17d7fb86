using Microsoft.AspNetCore.Hosting;

namespace Cms.BrowserTests.Clients;

/// <summary>The NGO's site as first start sets it up from recipes/ishr.recipe.json, for clients that are not a browser.</summary>
public sealed class NodeClientSite : BrowserHost
{
    protected override bool LaunchesBrowser => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cms:Setup:Enabled", "true");
        builder.UseSetting("Cms:Setup:AdminUserName", "admin");
        builder.UseSetting("Cms:Setup:AdminPassword", Password);
    }

    protected override Task SeedAsync() => Task.CompletedTask;
}
