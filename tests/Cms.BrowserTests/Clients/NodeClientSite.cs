using Microsoft.AspNetCore.Hosting;

namespace Cms.BrowserTests.Clients;

/// <summary>The NGO's site as first start sets it up from recipes/ishr.recipe.json, for clients that are not a browser.</summary>
public sealed class NodeClientSite : BrowserHost
{
    public NodeClientSite()
    {
    }

    /// <summary>The site over a data folder the caller owns (not public: xunit builds fixtures through one public constructor).</summary>
    internal NodeClientSite(string dataPath)
        : base(dataPath)
    {
    }

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
