using System.Net;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>The admin's Recipes page: run with a report, fail with nothing changed, export as a file, permissions.</summary>
public sealed class RecipesPageTests : IClassFixture<RecipesPageTests.Site>, IAsyncLifetime
{
    private const string Page = "/admin/recipes";
    private readonly Site _site;

    public RecipesPageTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory;

    public Task InitializeAsync() => _site.SeedAsync(TestDefinitions.Articles());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Run_PastedRecipe_ShowsStepsCountsAndSkippedSteps()
    {
        using var client = _site.Admin();
        var response = await RunAsync(client, """
            { "name": "admin-run", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Note", "DisplayName": "Note", "Settings": {}, "ContentTypePartDefinitionRecords": [] } ], "ContentParts": [] },
              { "name": "NoSuchStep" } ] }
            """);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The recipe ran: 2 step(s)", html, StringComparison.Ordinal);
        Assert.Contains("Skipped (no handler for these steps): step 2 (NoSuchStep)", html, StringComparison.Ordinal);
        Assert.Contains("1 types", html, StringComparison.Ordinal);
        Assert.NotNull(await DefinitionAsync("Note"));
    }

    [Fact]
    public async Task Run_FailingStep_NamesStepAndPath_AndChangesNothing()
    {
        using var client = _site.Admin();
        var response = await RunAsync(client, """
            { "name": "broken", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Unsaved", "DisplayName": "Unsaved", "Settings": {}, "ContentTypePartDefinitionRecords": [] } ], "ContentParts": [] },
              { "name": "media", "Files": [ { "TargetPath": "x.exe", "Base64": "eA==" } ] } ] }
            """);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Step 2 “media” failed. Nothing was changed.", html, StringComparison.Ordinal);
        Assert.Contains("JSON path <code>$.steps[1].Files[0].TargetPath", html, StringComparison.Ordinal);
        Assert.Null(await DefinitionAsync("Unsaved"));
    }

    [Fact]
    public async Task Run_UnreadableJson_SaysSoAndRunsNothing()
    {
        using var client = _site.Admin();
        var html = await (await RunAsync(client, "{ not json")).Content.ReadAsStringAsync();

        Assert.Contains("The recipe cannot be read.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ChosenTypeAsSetup_DownloadsARecipeFile()
    {
        var content = _site.Services.GetRequiredService<ContentStore>();
        await using (var session = await content.OpenSessionAsync(ContentActor.System, CancellationToken.None))
        {
            await session.CreateAsync(TestDefinitions.Article("Exported"), VersionOptions.Published, CancellationToken.None);
            await session.SaveChangesAsync(CancellationToken.None);
        }

        using var client = _site.Admin();
        var response = await AdminForms.PostAsync(client, Page, Page + "?handler=Export", [
            new("ExportTypes", "Article"), new("ExportDefinitions", "true"), new("ExportContent", "true"), new("AsSetup", "true")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("setup.recipe.json", response.Content.Headers.ContentDisposition?.FileName);
        var recipe = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True((bool?)recipe["issetuprecipe"]);
        var steps = recipe["steps"]!.AsArray().Select(s => (string?)s!["name"]).ToList();
        Assert.Contains("ContentDefinition", steps);
        Assert.Contains("Content", steps);
        Assert.DoesNotContain("Roles", steps);
        Assert.Contains("Exported", recipe.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_WithoutManageRecipesOrExport_IsForbidden()
    {
        using var editor = _site.ClientFor(CmsWebFactory.Users.EditorId, "Editor");

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(Page)).StatusCode);
    }

    private static Task<HttpResponseMessage> RunAsync(HttpClient client, string json) =>
        AdminForms.PostAsync(client, Page, Page + "?handler=Run", [new("RecipeJson", json)]);

    private async Task<ContentTypeDefinition?> DefinitionAsync(string name) =>
        (await _site.Services.GetRequiredService<ContentStore>().Definitions.GetAsync(CancellationToken.None)).Document.FindType(name);
}
