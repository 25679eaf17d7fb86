using System.Text.Json.Nodes;
using Cms.Core.Querying;
using Cms.Core.Recipes;
using Cms.Tests.Support;

namespace Cms.Tests.Recipes;

public sealed class RecipeExporterTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTime ExportTime = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private TestSite _source = null!;
    private TestSite _target = null!;

    public async Task InitializeAsync()
    {
        _source = await TestSite.CreateAsync();
        _target = await TestSite.CreateAsync();
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
    public async Task Export_AsSetup_NewIdsOnImportWithReferencesKept()
    {
        var exported = await ExportAsync(_source, new RecipeExportOptions { AsSetup = true });
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

    private static Task<JsonObject> ExportAsync(TestSite site, RecipeExportOptions options) =>
        site.ReadAsync(s => RecipeExporter.ExportAsync(s, options, ExportTime, None));
}
