using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Media;
using Cms.Core.Recipes;
using Cms.Core.Settings;
using Cms.Core.Storage;
using Cms.Tests.Support;

namespace Cms.Tests.Content;

public sealed class LocalizedContentTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTime ExportTime = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private TestSite _site = null!;
    private RecipeResult _imported = null!;

    public async Task InitializeAsync()
    {
        _site = await TestSite.CreateAsync();
        _imported = await _site.RunRecipeAsync(RecipeReader.Read(LocalizedRecipe.Json), strict: true);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Import_LocalizedItems_IndexesSetAndCulturePerLiveVersion()
    {
        Assert.True(_imported.Succeeded, _imported.Error?.Message);

        var rows = await _site.ReadAsync(s => s.RowsAsync(
            $"SELECT ContentItemId, LocalizationSet, Culture, Published, Latest FROM {Tables.LocalizedContentItemIndex} " +
            "WHERE LocalizationSet = @set ORDER BY Culture", [("@set", LocalizedRecipe.WaterSet)], None));

        Assert.Equal(["en", "es", "fr"], rows.Select(r => (string)r[2]!));
        Assert.Equal([LocalizedRecipe.WaterEn, LocalizedRecipe.WaterEs, LocalizedRecipe.WaterFr], rows.Select(r => (string)r[0]!));
        Assert.Equal(0L, rows[1][3]);
    }

    [Fact]
    public void Import_LocalizationFeatures_AreEnabledNotReportedUnavailable()
    {
        var feature = _imported.Steps[0];

        Assert.Empty(feature.Messages);
        Assert.Equal(2, feature.Counts["enabled"]);
    }

    [Fact]
    public async Task Settings_LocalizationSettings_ReadBackWithDefaultFirst()
    {
        var settings = LocalizationSettings.From(await _site.ReadAsync(s => SiteSettings.LoadAsync(s, None)));

        Assert.Equal("en", settings.DefaultCulture);
        Assert.Equal(["en", "fr", "es"], settings.SupportedCultures);
    }

    [Fact]
    public async Task Settings_CultureNotACultureName_ReportsStepAndKeyAndStoresNothing()
    {
        var before = await _site.FingerprintAsync();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => _site.RunRecipeAsync(RecipeReader.Read("""
            { "name": "bad", "steps": [ { "name": "Settings", "LocalizationSettings": { "DefaultCulture": "en", "SupportedCultures": [ "en", "klingon!" ] } } ] }
            """)));

        Assert.Equal("$.steps[0].LocalizationSettings", error.Error.JsonPath);
        Assert.Contains("klingon!", error.Error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _site.FingerprintAsync());
    }

    [Fact]
    public async Task Create_PathOfATranslationInAnotherCulture_IsStored()
    {
        var item = Letter("Wasser für alle", "letters/water", "de", LocalizedRecipe.WaterSet);
        await _site.WriteAsync(async s =>
        {
            await s.CreateAsync(item, VersionOptions.Published, None);
            return 0;
        });

        var stored = await _site.ReadAsync(s => s.GetContentItemAsync(item.ContentItemId, VersionOptions.Published, None));
        Assert.Equal("letters/water", stored!.Content["AutoroutePart"]!["Path"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_PathTakenInTheSameCulture_IsRefused()
    {
        var item = Letter("Water again", "letters/water", "en", null);

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => _site.WriteAsync(async s =>
        {
            await s.CreateAsync(item, VersionOptions.Published, None);
            return 0;
        }));

        Assert.Equal("/AutoroutePart/Path", Assert.Single(error.Errors).Path);
    }

    [Fact]
    public async Task Create_PathTakenByAnItemWithoutCulture_IsRefused()
    {
        var item = Letter("No culture", "letters/water", null, null);

        await Assert.ThrowsAsync<ContentValidationException>(() => _site.WriteAsync(async s =>
        {
            await s.CreateAsync(item, VersionOptions.Published, None);
            return 0;
        }));
    }

    [Fact]
    public async Task Import_TwoItemsOneCultureOnePath_IsRefused()
    {
        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => _site.RunRecipeAsync(RecipeReader.Read("""
            { "name": "twins", "steps": [ { "name": "Content", "data": [
              { "ContentItemId": "4twin0a0000000000000000001", "ContentType": "Letter", "DisplayText": "A", "Latest": true, "Published": true,
                "TitlePart": { "Title": "A" }, "AutoroutePart": { "Path": "letters/twin" }, "LocalizationPart": { "LocalizationSet": "s1", "Culture": "fr" } },
              { "ContentItemId": "4twin0b0000000000000000001", "ContentType": "Letter", "DisplayText": "B", "Latest": true, "Published": true,
                "TitlePart": { "Title": "B" }, "AutoroutePart": { "Path": "letters/twin" }, "LocalizationPart": { "LocalizationSet": "s2", "Culture": "fr" } } ] } ] }
            """)));

        Assert.Equal("$.steps[0].data[1].AutoroutePart.Path", error.Error.JsonPath);
    }

    [Fact]
    public async Task Export_LocalizedSite_ImportsIntoAnEmptySiteAndExportsIdentically()
    {
        await using var target = await TestSite.CreateAsync();
        var exported = await ExportAsync(_site);

        var imported = await target.RunRecipeAsync(RecipeReader.Read(exported.ToJsonString()), strict: true);
        var reexported = await ExportAsync(target);

        Assert.True(imported.Succeeded, imported.Error?.Message);
        Assert.Equal(exported.ToJsonString(), reexported.ToJsonString());
        var items = (JsonArray)((JsonArray)exported["steps"]!).Single(s => s!["name"]!.GetValue<string>() == "Content")!["data"]!;
        var water = items.Single(i => i!["ContentItemId"]!.GetValue<string>() == LocalizedRecipe.WaterFr)!;
        Assert.Equal("""{"LocalizationSet":"set0water00000000000000001","Culture":"fr"}""", water["LocalizationPart"]!.ToJsonString());
        var settings = ((JsonArray)exported["steps"]!).Single(s => s!["name"]!.GetValue<string>() == "Settings")!;
        Assert.Equal("""{"DefaultCulture":"en","SupportedCultures":["en","fr","es"]}""", settings["LocalizationSettings"]!.ToJsonString());
    }

    private static ContentItem Letter(string title, string path, string? culture, string? set)
    {
        var item = new ContentItem { ContentType = "Letter", DisplayText = title };
        item.GetOrCreatePart("TitlePart")["Title"] = title;
        item.GetOrCreatePart("AutoroutePart")["Path"] = path;
        var localization = item.GetOrCreatePart("LocalizationPart");
        if (set is not null)
        {
            localization["LocalizationSet"] = set;
        }

        if (culture is not null)
        {
            localization["Culture"] = culture;
        }

        return item;
    }

    private static Task<JsonObject> ExportAsync(TestSite site) =>
        site.ReadAsync(s => RecipeExporter.ExportAsync(s, new MediaStore(site.MediaPath, new MediaOptions()), new RecipeExportOptions(), ExportTime, None));
}
