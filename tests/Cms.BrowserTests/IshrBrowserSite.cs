using Microsoft.AspNetCore.Hosting;

namespace Cms.BrowserTests;

/// <summary>The NGO's site as first start sets it up from recipes/ishr.recipe.json, with the setup admin's password configured.</summary>
public sealed class IshrBrowserSite : BrowserHost
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cms:Setup:Enabled", "true");
        builder.UseSetting("Cms:Setup:AdminUserName", "admin");
        builder.UseSetting("Cms:Setup:AdminPassword", Password);
    }

    protected override Task SeedAsync() => Task.CompletedTask;
}
