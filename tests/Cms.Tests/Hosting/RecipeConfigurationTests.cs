using System.Net;
using System.Text;
using Cms.Core.Settings;
using Cms.Core.Storage;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Hosting;

/// <summary>A recipe's configuration('X') reads Cms:RecipeConfiguration:X and nothing else of the host's configuration.</summary>
public sealed class RecipeConfigurationTests : IClassFixture<RecipeConfigurationTests.Site>
{
    private const string Recipe = """
        { "name": "Config", "steps": [ { "name": "Settings",
            "Password": "[js: configuration('Cms:Setup:AdminPassword', 'unset')]",
            "SearchPath": "[js: configuration('PATH', 'unset')]",
            "Greeting": "[js: configuration('Greeting', 'unset')]",
            "AdminPrefix": "[js: configuration('OrchardCore_Admin:AdminUrlPrefix', 'Admin')]",
            "Missing": "[js: configuration('Nope', 'fallback')]" } ] }
        """;

    private readonly Site _site;

    public RecipeConfigurationTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cms:Setup:AdminPassword", "s3cret-Passw0rd");
            builder.UseSetting("Cms:RecipeConfiguration:Greeting", "hello");
            builder.UseSetting("Cms:RecipeConfiguration:OrchardCore_Admin:AdminUrlPrefix", "Manage");
        }
    }

    [Fact]
    public async Task Configuration_KeyOutsideTheRecipeSection_IsNotReadable()
    {
        var properties = await RunAsync();

        Assert.Equal("unset", properties["Password"]);
        Assert.Equal("unset", properties["SearchPath"]);
    }

    [Fact]
    public async Task Configuration_KeyInTheRecipeSection_IsRead()
    {
        var properties = await RunAsync();

        Assert.Equal("hello", properties["Greeting"]);
        Assert.Equal("Manage", properties["AdminPrefix"]);
        Assert.Equal("fallback", properties["Missing"]);
    }

    private async Task<Dictionary<string, string?>> RunAsync()
    {
        using var client = _site.Admin();
        var response = await client.PostAsync(new Uri("/api/recipes/run", UriKind.Relative), new StringContent(Recipe, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await using var session = await _site.Services.GetRequiredService<DocumentStore>().OpenReadSessionAsync(CancellationToken.None);
        var settings = await SiteSettings.LoadAsync(session, CancellationToken.None);
        return settings!.Properties.ToDictionary(p => p.Key, p => p.Value?.ToString());
    }
}
