using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Cms.Tests.Support;
using static Cms.Tests.Support.CmsWebFactory;

namespace Cms.Tests.Api;

public sealed class RecipeEndpointsTests : IClassFixture<RecipeEndpointsTests.Site>
{
    private readonly Site _site;

    public RecipeEndpointsTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory, IAsyncLifetime
    {
        public Task InitializeAsync() => SeedAsync(TestDefinitions.Articles());

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Run_Admin_ReturnsReportWithStepsAndCounts()
    {
        var response = await PostRecipeAsync(_site.Admin(), TestRecipes.Setup);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("TestSetup", report["recipeName"]!.GetValue<string>());
        Assert.Equal(4, report["steps"]!.AsArray().Count);
        Assert.Equal("executed", report["steps"]![3]!["outcome"]!.GetValue<string>(), ignoreCase: true);
    }

    [Fact]
    public async Task Run_FailingStep_Returns400WithStepIndexNameAndPath()
    {
        var response = await PostRecipeAsync(_site.Admin(),
            """{ "name": "Bad", "steps": [ { "name": "Content", "data": [ { "ContentItemId": "4x0000000000000000000000001", "ContentType": "Missing", "Latest": true, "Published": true } ] } ] }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal(0, error["stepIndex"]!.GetValue<int>());
        Assert.Equal("Content", error["stepName"]!.GetValue<string>());
        Assert.Contains("data[0].ContentType", error["jsonPath"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownOnConflictMode_Returns400NamingTheParameter()
    {
        var response = await _site.Admin().PostAsync(new Uri("/api/recipes/run?onConflict=theirs", UriKind.Relative),
            new StringContent(TestRecipes.Setup, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("onConflict: 'theirs' is not fail, source or target.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_StrictInBody_FailsOnUnknownStep()
    {
        var response = await PostRecipeAsync(_site.Admin(), """{ "name": "Strict", "strict": true, "steps": [ { "name": "Layers" } ] }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Run_InvalidJson_Returns400()
    {
        var response = await PostRecipeAsync(_site.Admin(), "{ nope");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Run_AnonymousAndEditor_Are401And403()
    {
        var anonymous = await PostRecipeAsync(_site.Anonymous(), TestRecipes.Setup);
        var editor = await PostRecipeAsync(_site.ClientFor(Users.EditorId, "Editor"), TestRecipes.Setup);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editor.StatusCode);
    }

    [Fact]
    public async Task Export_Admin_ReturnsRecipeWithChosenSteps()
    {
        var response = await _site.Admin().GetAsync(new Uri("/api/recipes/export?definitions=true&roles=true", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var recipe = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(["ContentDefinition", "Roles"], recipe["steps"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()));
        Assert.Contains(recipe["steps"]![0]!["ContentTypes"]!.AsArray(), t => t!["Name"]!.GetValue<string>() == "Article");
    }

    [Fact]
    public async Task Export_Editor_Returns403()
    {
        var response = await _site.ClientFor(Users.EditorId, "Editor").GetAsync(new Uri("/api/recipes/export", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static Task<HttpResponseMessage> PostRecipeAsync(HttpClient client, string recipe) =>
        client.PostAsync(new Uri("/api/recipes/run", UriKind.Relative), new StringContent(recipe, Encoding.UTF8, "application/json"));
}
