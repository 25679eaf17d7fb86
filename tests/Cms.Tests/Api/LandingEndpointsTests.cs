using System.Net;
using Cms.Tests.Support;
using Cms.Web.Api;

namespace Cms.Tests.Api;

public sealed class LandingEndpointsTests : IClassFixture<CmsWebFactory>
{
    private readonly CmsWebFactory _factory;

    public LandingEndpointsTests(CmsWebFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Root_Anonymous_IsAnHtmlPageLinkingTheAdminGraphiQLSchemaAndHealth()
    {
        using var response = await _factory.Anonymous().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        foreach (var path in new[] { "/admin", "/admin/graphql", "/api/graphql/schema.graphql", "/health" })
        {
            Assert.Contains($"href=\"{path}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Root_EveryLink_LeadsSomewhere()
    {
        await _factory.SeedAsync(TestDefinitions.Articles());
        var admin = _factory.Admin();

        foreach (var (path, _, _) in LandingEndpoints.Links)
        {
            using var response = await admin.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        }
    }
}
