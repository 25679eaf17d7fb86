using System.Net;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Security;
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

    public Task InitializeAsync() =>
        _site.SeedAsync(TestDefinitions.Articles(), roles => roles.Add(new RoleRecord { Name = "Exporter", Permissions = ["AccessAdminPanel", "Export"] }));

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
    public async Task Run_HidingStoredValues_RefusedUnlessConfirmed()
    {
        using var client = _site.Admin();
        await RunAsync(client, """
            { "name": "pamphlets", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Pamphlet", "DisplayName": "Pamphlet",
                "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] },
              { "name": "Content", "data": [ { "ContentItemId": "4pamphlet0000000000000000001", "ContentType": "Pamphlet", "DisplayText": "One",
                "Latest": true, "Published": true, "TitlePart": { "Title": "One" } } ] } ] }
            """);
        const string drop = """
            { "name": "drop-title", "steps": [ { "name": "ReplaceContentDefinition",
              "ContentTypes": [ { "Name": "Pamphlet", "DisplayName": "Pamphlet", "ContentTypePartDefinitionRecords": [] } ] } ] }
            """;

        var refused = System.Net.WebUtility.HtmlDecode(await (await RunAsync(client, drop)).Content.ReadAsStringAsync());
        var partAfterRefusal = (await DefinitionAsync("Pamphlet"))!.FindPart("TitlePart");
        var confirmed = System.Net.WebUtility.HtmlDecode(await (await AdminForms.PostAsync(client, Page, Page + "?handler=Run",
            [new("RecipeJson", drop), new("AllowDataLoss", "true")])).Content.ReadAsStringAsync());

        Assert.Contains("Refused: the recipe would hide stored values. Nothing was changed.", refused, StringComparison.Ordinal);
        Assert.Contains("part 'TitlePart' (TitlePart) detached from type 'Pamphlet': 1 item holds values in it", refused, StringComparison.Ordinal);
        Assert.Contains("name=\"AllowDataLoss\"", refused, StringComparison.Ordinal);
        Assert.NotNull(partAfterRefusal);
        Assert.Contains("This run hid the stored values of 1 content item(s):", confirmed, StringComparison.Ordinal);
        Assert.Null((await DefinitionAsync("Pamphlet"))!.FindPart("TitlePart"));
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
    public async Task Export_OnlyRolesMediaAndUsersTicked_DownloadHoldsJustThoseSteps()
    {
        Directory.CreateDirectory(Path.Combine(_site.DataPath, "media", "admin-export"));
        await File.WriteAllBytesAsync(Path.Combine(_site.DataPath, "media", "admin-export", "photo.png"), [137, 80, 78, 71]);

        using var client = _site.Admin();
        var response = await AdminForms.PostAsync(client, Page, Page + "?handler=Export", [
            new("ExportRoles", "true"), new("ExportMedia", "true"), new("ExportUsers", "true")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var steps = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["steps"]!.AsArray();
        Assert.Equal(["Roles", "Users", "media"], steps.Select(s => s!["name"]!.GetValue<string>()));
        var file = steps[2]!["Files"]!.AsArray().Single(f => f!["TargetPath"]!.GetValue<string>() == "admin-export/photo.png")!;
        Assert.Equal("iVBORw==", file["Base64"]!.GetValue<string>());
    }

    [Fact]
    public async Task Export_UsersWithoutManageUsers_IsForbiddenAndNotOffered()
    {
        using var exporter = _site.ClientFor("4exporter0000000000000000a", "Exporter");

        var page = await exporter.GetStringAsync(Page);
        var response = await AdminForms.PostAsync(exporter, Page, Page + "?handler=Export", [new("ExportRoles", "true"), new("ExportUsers", "true")]);

        Assert.Contains("name=\"ExportMedia\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"ExportUsers\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
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
