using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Cms.Core.Security;
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
        public Task InitializeAsync() => SeedAsync(TestDefinitions.Articles(), roles => roles.Add(new RoleRecord { Name = "Exporter", Permissions = ["Export"] }));

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
    public async Task Run_HidingStoredValues_Is409UnlessAllowed_AndDryRunChangesNothing()
    {
        using var admin = _site.Admin();
        await PostRecipeAsync(admin, """
            { "name": "Leaflets", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Leaflet", "DisplayName": "Leaflet",
                "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] },
              { "name": "Content", "data": [ { "ContentItemId": "4leaflet00000000000000000001", "ContentType": "Leaflet", "DisplayText": "One",
                "Latest": true, "Published": true, "TitlePart": { "Title": "One" } } ] } ] }
            """);
        const string drop = """
            { "name": "DropTitle", "steps": [ { "name": "ReplaceContentDefinition",
              "ContentTypes": [ { "Name": "Leaflet", "DisplayName": "Leaflet", "ContentTypePartDefinitionRecords": [] } ] } ] }
            """;

        var refused = await PostRecipeAsync(admin, drop);
        var dryRun = await PostRecipeAsync(admin, drop, "?dryRun=true&allowDataLoss=true");
        var titleAfterDryRun = await TitlePartOfLeafletAsync(admin);
        var allowed = await PostRecipeAsync(admin, drop, "?allowDataLoss=true");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var error = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal(("data-loss", "$.steps[0].ContentTypes[0]"), (error["code"]!.GetValue<string>(), error["jsonPath"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        Assert.True(JsonNode.Parse(await dryRun.Content.ReadAsStringAsync())!["dryRun"]!.GetValue<bool>());
        Assert.True(titleAfterDryRun);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var report = JsonNode.Parse(await allowed.Content.ReadAsStringAsync())!;
        Assert.Equal(1, report["hiddenItems"]!.GetValue<int>());
        Assert.Equal("PartDetached", report["hiddenData"]![0]!["kind"]!.GetValue<string>());
        Assert.False(await TitlePartOfLeafletAsync(admin));
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
    public async Task Export_MediaAndUsers_ReturnsFilesAsBase64AndUsersWithTheirHashes()
    {
        var run = await PostRecipeAsync(_site.Admin(), """
            { "name": "m", "steps": [ { "name": "media", "Files": [ { "TargetPath": "api-export/logo.png", "Base64": "iVBORw0KGgo=" } ] },
              { "name": "Users", "Users": [ { "UserId": "4apiexport0000000000000001", "UserName": "exported", "Password": "Exported-passw0rd" } ] } ] }
            """);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);

        var response = await _site.Admin().GetAsync(new Uri("/api/recipes/export?roles=true&media=true&users=true", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var steps = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["steps"]!.AsArray();
        Assert.Equal(["Roles", "Users", "media"], steps.Select(s => s!["name"]!.GetValue<string>()));
        var user = steps[1]!["Users"]!.AsArray().Single(u => u!["UserName"]!.GetValue<string>() == "exported")!;
        Assert.StartsWith("AQAAAA", user["PasswordHash"]!.GetValue<string>(), StringComparison.Ordinal);
        var file = steps[2]!["Files"]!.AsArray().Single(f => f!["TargetPath"]!.GetValue<string>() == "api-export/logo.png")!;
        Assert.Equal("iVBORw0KGgo=", file["Base64"]!.GetValue<string>());
    }

    [Fact]
    public async Task Export_UsersWithExportButNotManageUsers_Returns403()
    {
        var exporter = _site.ClientFor("4exporter0000000000000000a", "Exporter");

        var withUsers = await exporter.GetAsync(new Uri("/api/recipes/export?users=true", UriKind.Relative));
        var withoutUsers = await exporter.GetAsync(new Uri("/api/recipes/export?roles=true", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, withUsers.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withoutUsers.StatusCode);
    }

    [Fact]
    public async Task Export_FreshIdsWithoutAsSetup_Returns400NamingTheParameter()
    {
        var response = await _site.Admin().GetAsync(new Uri("/api/recipes/export?freshIds=true", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("freshIds", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Editor_Returns403()
    {
        var response = await _site.ClientFor(Users.EditorId, "Editor").GetAsync(new Uri("/api/recipes/export", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static Task<HttpResponseMessage> PostRecipeAsync(HttpClient client, string recipe, string query = "") =>
        client.PostAsync(new Uri("/api/recipes/run" + query, UriKind.Relative), new StringContent(recipe, Encoding.UTF8, "application/json"));

    private static async Task<bool> TitlePartOfLeafletAsync(HttpClient client)
    {
        var export = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/recipes/export?definitions=true&types=Leaflet", UriKind.Relative)))!;
        return export["steps"]![0]!["ContentTypes"]![0]!["ContentTypePartDefinitionRecords"]!.AsArray().Count > 0;
    }
}
