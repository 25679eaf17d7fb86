using System.Text.Json.Nodes;
using Cms.Core.Media;
using Cms.Core.Querying;
using Cms.Core.Recipes;
using Cms.Tests.Support;

namespace Cms.Tests.Recipes;

public class RecipeExporterTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTime ExportTime = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private TestSite _source = null!;
    private TestSite _target = null!;

    public async Task InitializeAsync()
    {
        _source = await TestSite.CreateAsync(Provider);
        _target = await TestSite.CreateAsync(Provider);
        await _source.RunRecipeAsync(await RecipeReader.ReadFileAsync(CompatRecipeFiles.PathOf("tests/DynamicContentTypeQueryTest.json"), None));
        await _source.RunRecipeAsync(RecipeReader.Read(TestRecipes.Setup));
    }

    public async Task DisposeAsync()
    {
        await _source.DisposeAsync();
        await _target.DisposeAsync();
    }

    [Fact]
    public async Task Export_ImportIntoEmptySite_ExportsIdentically()
    {
        var exported = await ExportAsync(_source, new RecipeExportOptions());

        await _target.RunRecipeAsync(RecipeReader.Read(exported.ToJsonString()));
        var reexported = await ExportAsync(_target, new RecipeExportOptions());

        Assert.Equal(exported.ToJsonString(), reexported.ToJsonString());
        Assert.Equal(["ContentDefinition", "Roles", "Settings", "Content"], ((JsonArray)exported["steps"]!).Select(s => s!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Export_TypeDeletedWithItems_KeepsItsItemsInAStepThatImportsSkip()
    {
        await _source.Recipes.RunAsync(
            RecipeReader.Read("""{ "name": "DropNote", "steps": [ { "name": "DeleteContentDefinition", "ContentTypes": [ "Note" ] } ] }"""),
            new RecipeRunRequest { Parameters = TestSite.AdminParameters, AllowDataLoss = true }, None);

        var exported = await ExportAsync(_source, new RecipeExportOptions());
        var imported = await _target.RunRecipeAsync(RecipeReader.Read(exported.ToJsonString()));

        var kept = ((JsonArray)exported["steps"]!)[^1]!;
        Assert.Equal("DeletedTypeContent", kept["name"]!.GetValue<string>());
        Assert.Equal("Welcome", Assert.Single((JsonArray)kept["data"]!)!["DisplayText"]!.GetValue<string>());
        Assert.Contains("define their types again and rename the step to Content", kept["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("DeletedTypeContent", Assert.Single(imported.SkippedSteps).Name);
    }

    [Fact]
    public async Task Export_MediaProfiles_AreExportedInOrchardsShapeAndReimported()
    {
        await _source.RunRecipeAsync(RecipeReader.Read("""
            { "name": "p", "steps": [ { "name": "MediaProfiles", "MediaProfiles": {
              "card": { "Hint": "Card", "Width": 300, "Height": 200, "Mode": "Crop", "Format": "webp", "Quality": 70, "BackgroundColor": "white" } } } ] }
            """));

        var exported = await ExportAsync(_source, new RecipeExportOptions { Settings = true });
        await _target.RunRecipeAsync(RecipeReader.Read(exported.ToJsonString()));

        var step = ((JsonArray)exported["steps"]!).Single(s => s!["name"]!.GetValue<string>() == "MediaProfiles")!;
        Assert.Equal(2, step["MediaProfiles"]!["card"]!["Mode"]!.GetValue<int>());
        Assert.Equal(6, step["MediaProfiles"]!["card"]!["Format"]!.GetValue<int>());
        Assert.Equal(exported.ToJsonString(), (await ExportAsync(_target, new RecipeExportOptions { Settings = true })).ToJsonString());
    }

    [Fact]
    public async Task Export_Draft_IsExportedBesidePublishedAndImportedAsDraft()
    {
        var note = Assert.Single(await _source.ReadAsync(s => s.QueryAsync(new ContentQuery { ContentTypes = ["Note"] }, None)));
        await _source.WriteAsync(async s =>
        {
            var draft = await s.GetAsync(note.ContentItemId, Cms.Core.ContentModel.VersionOptions.DraftRequired, None);
            draft!.GetOrCreatePart("TitlePart")["Title"] = "Welcome, edited";
            await s.UpdateAsync(draft, None);
            return 0;
        });

        await _target.RunRecipeAsync(RecipeReader.Read((await ExportAsync(_source, new RecipeExportOptions { Types = ["Note"], Content = true, Definitions = true })).ToJsonString()));

        var published = await _target.ReadAsync(s => s.GetContentItemAsync(note.ContentItemId, Cms.Core.ContentModel.VersionOptions.Published, None));
        var draft = await _target.ReadAsync(s => s.GetContentItemAsync(note.ContentItemId, Cms.Core.ContentModel.VersionOptions.Draft, None));
        Assert.Equal("Welcome", published!.DisplayText);
        Assert.Equal("Welcome, edited", draft!.DisplayText);
    }

    [Fact]
    public async Task Export_AsSetupWithFreshIds_NewIdsOnImportWithReferencesKept()
    {
        var exported = await ExportAsync(_source, new RecipeExportOptions { AsSetup = true, FreshIds = true, Media = false });
        var first = (JsonObject)((JsonArray)exported["steps"]!).Last()!["data"]![0]!;

        Assert.True(exported["issetuprecipe"]!.GetValue<bool>());
        Assert.StartsWith("[js: variables('contentItemId", first["ContentItemId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("[js: parameters('AdminUserId')]", first["Owner"]!.GetValue<string>());
        Assert.Null(first["CreatedUtc"]);
        Assert.Null(first["ContentItemVersionId"]);

        await _target.RunRecipeAsync(RecipeReader.Read(exported.ToJsonString()));
        var sourceIds = (await _source.ReadAsync(s => s.QueryAsync(new ContentQuery(), None))).Select(i => i.ContentItemId).ToHashSet();
        var imported = await _target.ReadAsync(s => s.QueryAsync(new ContentQuery(), None));
        Assert.Equal(sourceIds.Count, imported.Count);
        Assert.DoesNotContain(imported, i => sourceIds.Contains(i.ContentItemId));
        Assert.All(imported, i => Assert.Equal(TestSite.AdminParameters["AdminUserId"], i.Owner));
    }

    [Fact]
    public async Task Export_AsSetup_KeepsIdsVersionsAndDatesSoTheImportIsATwin()
    {
        var plain = await ExportAsync(_source, new RecipeExportOptions());
        // With the users (none here), owners stay as they are instead of naming the new site's administrator.
        var setup = await ExportAsync(_source, new RecipeExportOptions { AsSetup = true, Media = false, Users = true });

        await _target.RunRecipeAsync(RecipeReader.Read(setup.ToJsonString()));

        Assert.True(setup["issetuprecipe"]!.GetValue<bool>());
        Assert.Null(setup["variables"]);
        var first = (JsonObject)((JsonArray)setup["steps"]!).Last()!["data"]![0]!;
        Assert.NotNull(first["ContentItemVersionId"]);
        Assert.NotNull(first["CreatedUtc"]);
        Assert.Equal(ContentSteps(plain), ContentSteps(await ExportAsync(_target, new RecipeExportOptions())));
    }

    [Fact]
    public async Task Export_ThemesRecorded_WritesThemesStepAndTheReportSaysNothingIsRendered()
    {
        var run = await _source.RunRecipeAsync(RecipeReader.Read("""
            { "name": "t", "steps": [ { "name": "themes", "admin": "TheAdmin", "site": "TheAgencyTheme" } ] }
            """));

        var exported = await ExportAsync(_source, new RecipeExportOptions { Settings = true });
        await _target.RunRecipeAsync(RecipeReader.Read(exported.ToJsonString()));

        Assert.Contains("renders neither", Assert.Single(Assert.Single(run.Steps).Messages), StringComparison.Ordinal);
        var themes = exported["steps"]!.AsArray().Single(step => step!["name"]!.GetValue<string>() == "Themes")!;
        Assert.Equal(("TheAgencyTheme", "TheAdmin"), (themes["Site"]!.GetValue<string>(), themes["Admin"]!.GetValue<string>()));
        Assert.Equal(exported["steps"]!.ToJsonString(), (await ExportAsync(_target, new RecipeExportOptions { Settings = true }))["steps"]!.ToJsonString());
    }

    [Fact]
    public async Task Export_PartDefinitionNoTypeUses_IsKept()
    {
        await _source.RunRecipeAsync(RecipeReader.Read("""
            { "name": "p", "steps": [ { "name": "ContentDefinition", "ContentTypes": [],
              "ContentParts": [ { "Name": "MenuItemPart", "Settings": { "ContentPartSettings": { "Attachable": true } }, "ContentPartFieldDefinitionRecords": [] } ] } ] }
            """));

        var exported = await ExportAsync(_source, new RecipeExportOptions { Definitions = true });
        await _target.RunRecipeAsync(RecipeReader.Read(exported.ToJsonString()));

        var parts = exported["steps"]![0]!["ContentParts"]!.AsArray().Select(p => p!["Name"]!.GetValue<string>());
        Assert.Contains("MenuItemPart", parts);
        Assert.Equal(exported["steps"]!.ToJsonString(), (await ExportAsync(_target, new RecipeExportOptions { Definitions = true }))["steps"]!.ToJsonString());
    }

    [Fact]
    public async Task Export_Media_WritesEveryFileAsBase64AndTheImportRestoresTheBytes()
    {
        await _source.RunRecipeAsync(RecipeReader.Read("""
            { "name": "m", "steps": [ { "name": "media", "Files": [
              { "TargetPath": "docs/a.pdf", "Base64": "aGVsbG8=" }, { "TargetPath": "b.png", "Base64": "iVBORw0KGgo=" } ] } ] }
            """));

        var exported = await ExportAsync(_source, new RecipeExportOptions { Settings = true, Media = true });
        await _target.RunRecipeAsync(RecipeReader.Read(exported.ToJsonString()));

        var media = ((JsonArray)exported["steps"]!).Single(s => s!["name"]!.GetValue<string>() == "media")!;
        Assert.Equal(["b.png", "docs/a.pdf"], media["Files"]!.AsArray().Select(f => f!["TargetPath"]!.GetValue<string>()));
        Assert.Equal("aGVsbG8=", media["Files"]![1]!["Base64"]!.GetValue<string>());
        Assert.Equal("hello", await File.ReadAllTextAsync(Path.Combine(_target.MediaPath, "docs", "a.pdf")));
    }

    [Fact]
    public async Task Export_AsSetupWithoutMediaStore_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _source.ReadAsync(s => RecipeExporter.ExportAsync(s, new RecipeExportOptions { AsSetup = true }, ExportTime, None)));
    }

    private static string ContentSteps(JsonObject recipe) =>
        ((JsonArray)recipe["steps"]!).Single(s => s!["name"]!.GetValue<string>() == "Content")!.ToJsonString();

    private static Task<JsonObject> ExportAsync(TestSite site, RecipeExportOptions options) =>
        site.ReadAsync(s => RecipeExporter.ExportAsync(s, new MediaStore(site.MediaPath, new MediaOptions()), options, ExportTime, None));

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : RecipeExporterTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}
