using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Cms.Tests.Api;

/// <summary>With <c>Cms:Api:RequireIfMatch</c>, writes to an existing item without If-Match get 428; creating needs none.</summary>
public sealed class ContentApiRequireIfMatchTests : IClassFixture<ContentApiRequireIfMatchTests.Site>
{
    private readonly Site _site;

    public ContentApiRequireIfMatchTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory, IAsyncLifetime
    {
        public Task InitializeAsync() => SeedAsync(TestDefinitions.Articles());

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cms:Api:RequireIfMatch", "true");
        }
    }

    [Fact]
    public async Task Post_ExistingItemWithoutIfMatch_Returns428AndWithTheTagUpdates()
    {
        var created = await _site.Admin().PostAsync(new Uri("/api/content", UriKind.Relative), JsonContent.Create(ContentEndpointsTests.Article("Guarded")));
        var id = (await ReadAsync(created))["ContentItemId"]!.GetValue<string>();
        var update = new JsonObject { ["ContentItemId"] = id, ["TitlePart"] = new JsonObject { ["Title"] = "Changed" } };

        var missing = await _site.Admin().PostAsync(new Uri("/api/content", UriKind.Relative), JsonContent.Create(update));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/content") { Content = JsonContent.Create(update) };
        request.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        var matched = await _site.Admin().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Contains("If-Match", (await ReadAsync(missing))["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, matched.StatusCode);
    }

    [Fact]
    public async Task Delete_WithoutIfMatch_Returns428AndKeepsTheItem()
    {
        var created = await _site.Admin().PostAsync(new Uri("/api/content", UriKind.Relative), JsonContent.Create(ContentEndpointsTests.Article("Kept")));
        var id = (await ReadAsync(created))["ContentItemId"]!.GetValue<string>();

        var response = await _site.Admin().DeleteAsync(new Uri($"/api/content/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _site.Admin().GetAsync(new Uri($"/api/content/{id}", UriKind.Relative))).StatusCode);
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
}
