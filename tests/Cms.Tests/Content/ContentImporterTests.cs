using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Recipes;
using Cms.Tests.Recipes;
using Cms.Tests.Support;

namespace Cms.Tests.Content;

/// <summary>Imports in batches (prepared in parallel, checked per batch) against the same items saved one by one.</summary>
public class ContentImporterTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await TestSite.CreateAsync(Provider);
        await _site.RunRecipeAsync(RecipeReader.Read($$"""{ "name": "Definitions", "steps": [ {{NoteRecipe.Definitions}} ] }"""));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Import_BatchesOfNewItems_StoreTheSameRowsAsItemByItem()
    {
        await using var reference = await TestSite.CreateAsync(Provider);
        await reference.RunRecipeAsync(RecipeReader.Read($$"""{ "name": "Definitions", "steps": [ {{NoteRecipe.Definitions}} ] }"""));

        var expected = await reference.WriteAsync(s => ContentImporter.ImportAsync(s, Notes(2600), itemByItem: true, None));
        var result = await _site.WriteAsync(s => ContentImporter.ImportAsync(s, Notes(2600), None));

        Assert.Equal(expected, result);
        Assert.Equal(await reference.FingerprintAsync(), await _site.FingerprintAsync());
        var paths = await PathsAsync();
        Assert.Contains("notes/note-5-2", paths);
        Assert.Contains("notes/note-5-3", paths);
        Assert.Equal(paths.Count, paths.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Import_NewVersionOfAnItemOfThePreviousBatch_StoresTheSameRowsAsItemByItem()
    {
        await using var reference = await TestSite.CreateAsync(Provider);
        await reference.RunRecipeAsync(RecipeReader.Read($$"""{ "name": "Definitions", "steps": [ {{NoteRecipe.Definitions}} ] }"""));
        IEnumerable<ContentItem> Items() => Notes(1200).Select((item, i) =>
        {
            // Item 650 (second batch) is a new published version of item 10 (first batch), under a new version id.
            if (i == 650)
            {
                var json = NoteRecipe.Item(10);
                json["ContentItemVersionId"] = "v9999999999999999999999999";
                return ContentItemJson.Parse(json.ToJsonString());
            }

            return item;
        });

        var expected = await reference.WriteAsync(s => ContentImporter.ImportAsync(s, Items(), itemByItem: true, None));
        var result = await _site.WriteAsync(s => ContentImporter.ImportAsync(s, Items(), None));

        Assert.Equal(expected, result);
        Assert.Equal(await reference.FingerprintAsync(), await _site.FingerprintAsync());
    }

    [Fact]
    public async Task Import_SameGeneratedPathTwiceInOneBatch_GetsSuffixesInItemOrder()
    {
        var items = Enumerable.Range(0, 5).Select(i => Note(i, "Same title", path: "")).ToList();

        await _site.WriteAsync(s => ContentImporter.ImportAsync(s, items, None));

        Assert.Equal(["notes/same-title", "notes/same-title-2", "notes/same-title-3", "notes/same-title-4", "notes/same-title-5"], await PathsAsync());
    }

    [Fact]
    public async Task Import_SameGivenPathTwiceInOneBatch_RejectsTheSecondAndWritesNothing()
    {
        var before = await _site.FingerprintAsync();
        var items = Enumerable.Range(0, 10).Select(i => Note(i, $"Title {i}", path: i is 3 or 7 ? "given/dup" : $"given/{i}")).ToList();

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => _site.WriteAsync(s => ContentImporter.ImportAsync(s, items, None)));

        var only = Assert.Single(error.Errors);
        Assert.Equal("/7/AutoroutePart/Path", only.Path);
        Assert.Equal("Your permalink 'given/dup' is already in use.", only.Message);
        Assert.Equal(before, await _site.FingerprintAsync());
    }

    [Fact]
    public async Task Import_GivenPathTakenByAStoredItem_RejectsTheItemByIndex()
    {
        await _site.WriteAsync(s => ContentImporter.ImportAsync(s, [Note(0, "Stored", path: "given/taken")], None));
        var items = Enumerable.Range(1, 20).Select(i => Note(i, $"Title {i}", path: i == 12 ? "given/taken" : $"given/{i}")).ToList();

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => _site.WriteAsync(s => ContentImporter.ImportAsync(s, items, None)));

        Assert.Equal("/11/AutoroutePart/Path", Assert.Single(error.Errors).Path);
    }

    [Fact]
    public async Task Import_DeletedItemsIdSameType_BringsTheItemBackOnItsHistory()
    {
        var recipe = RecipeReader.Read(NoteRecipe.Recipe(2));
        await _site.RunRecipeAsync(recipe);
        var id = NoteRecipe.Item(1)["ContentItemId"]!.GetValue<string>();
        var stored = await _site.ReadAsync(s => s.GetContentItemAsync(id, VersionOptions.Latest, None));
        await _site.WriteAsync(async s =>
        {
            await s.RemoveAsync(stored!, None);
            return 0;
        });

        await _site.RunRecipeAsync(recipe);

        var back = await _site.ReadAsync(s => s.GetContentItemAsync(id, VersionOptions.Published, None));
        Assert.NotNull(back);
        Assert.True(back.Latest);
        Assert.Equal(stored!.ContentItemVersionId, back.ContentItemVersionId);
        Assert.Single(await _site.WriteAsync(s => s.ListVersionsAsync(id, None)));
    }

    [Fact]
    public async Task Import_StoredIdUnderAnotherType_IsRefusedByIndexAndWritesNothing()
    {
        await _site.RunRecipeAsync(RecipeReader.Read("""
            { "name": "Memo", "steps": [ { "name": "ContentDefinition", "ContentTypes": [
                { "Name": "Memo", "DisplayName": "Memo", "Settings": {}, "ContentTypePartDefinitionRecords": [] } ] } ] }
            """));
        await _site.WriteAsync(s => ContentImporter.ImportAsync(s, Notes(1), None));
        var before = await _site.FingerprintAsync();
        var memo = new ContentItem { ContentItemId = NoteRecipe.Item(0)["ContentItemId"]!.GetValue<string>(), ContentType = "Memo", Latest = true };

        var error = await Assert.ThrowsAsync<ContentValidationException>(() =>
            _site.WriteAsync(s => ContentImporter.ImportAsync(s, [.. Notes(3).Skip(1), memo], None)));

        var only = Assert.Single(error.Errors);
        Assert.Equal("/2/ContentItemId", only.Path);
        Assert.Contains("Note", only.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _site.FingerprintAsync());
    }

    private static IEnumerable<ContentItem> Notes(int count) =>
        Enumerable.Range(0, count).Select(i => ContentItemJson.Parse(NoteRecipe.Item(i).ToJsonString()));

    private static ContentItem Note(int i, string title, string path)
    {
        var json = NoteRecipe.Item(i);
        json["DisplayText"] = title;
        json["TitlePart"] = new JsonObject { ["Title"] = title };
        json["AutoroutePart"] = new JsonObject { ["Path"] = path };
        json["Published"] = true;
        return ContentItemJson.Parse(json.ToJsonString());
    }

    private Task<List<string>> PathsAsync() => _site.ReadAsync(async s =>
        (await s.RowsAsync("SELECT Path FROM AutoroutePartIndex ORDER BY DocumentId", [], None)).Select(r => (string)r[0]!).ToList());

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : ContentImporterTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}
