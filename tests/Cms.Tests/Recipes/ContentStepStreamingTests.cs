using System.Text.Json.Nodes;
using Cms.Core.Recipes;
using Cms.Tests.Support;

namespace Cms.Tests.Recipes;

/// <summary>A Content step's data array read item by item from the recipe's source instead of parsed whole.</summary>
public class ContentStepStreamingTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _site = await TestSite.CreateAsync(Provider);
        _folder = Path.Combine(_site.Folder, "recipes");
        Directory.CreateDirectory(_folder);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Import_ThousandsOfItemsStreamed_StoresTheSameRowsAsParsedWhole()
    {
        var json = NoteRecipe.Recipe(3000);
        await using var inMemory = await TestSite.CreateAsync(Provider);
        var whole = RecipeReader.Read(json, "notes.recipe.json", null, streamedDataBytes: long.MaxValue);
        var streamed = await ReadFileAsync(json);
        Assert.Null(whole.Steps[1].StreamedData);
        Assert.Equal(3000, streamed.Steps[1].StreamedData!.Count);

        var expected = await inMemory.RunRecipeAsync(whole);
        var result = await _site.RunRecipeAsync(streamed);

        Assert.Equal(expected.Steps[1].Counts, result.Steps[1].Counts);
        Assert.Equal(3000, result.Steps[1].Counts["created"]);
        Assert.Equal(await inMemory.FingerprintAsync(), await _site.FingerprintAsync());
    }

    [Fact]
    public async Task Import_ScriptErrorDeepInStreamedData_NamesItemPathAndChangesNothing()
    {
        var before = await _site.FingerprintAsync();
        var recipe = await ReadFileAsync(NoteRecipe.Recipe(1500, (i, item) =>
        {
            item["Owner"] = i == 1234 ? "[js: throw new Error('boom')]" : "[js: parameters('AdminUserId')]";
            return item;
        }));

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => _site.RunRecipeAsync(recipe));

        Assert.Equal("$.steps[1].data[1234].Owner", error.JsonPath);
        Assert.Contains("boom", error.Error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _site.FingerprintAsync());
    }

    [Fact]
    public async Task Import_ScriptsWrittenPlainOrEscapedInStreamedData_AreEvaluated()
    {
        var lines = NoteRecipe.Recipe(600, (i, item) =>
        {
            item["Author"] = i == 500 ? "[js: 'plain-' + parameters('AdminUsername')]" : "someone";
            return item;
        }).Replace("\"Owner\":\"4admin0000000000000000000a\"", "\"Owner\":\"\\u005bjs: parameters('AdminUserId')]\"", StringComparison.Ordinal);

        Assert.Contains("\\u005bjs:", lines, StringComparison.Ordinal);

        await _site.RunRecipeAsync(await ReadFileAsync(lines));

        var rows = await _site.ReadAsync(s => s.RowsAsync(
            "SELECT Owner, Author FROM ContentItemIndex WHERE ContentItemId = 'n0000000000000000000000500'", [], None));
        Assert.Equal(TestSite.AdminParameters["AdminUserId"], rows[0][0]);
        Assert.Equal("plain-admin", rows[0][1]);
    }

    [Fact]
    public async Task Import_InvalidItemDeepInStreamedData_NamesItemPathAndChangesNothing()
    {
        var before = await _site.FingerprintAsync();
        var recipe = await ReadFileAsync(NoteRecipe.Recipe(1500, (i, item) =>
        {
            if (i == 1234)
            {
                item["Note"]!["Count"] = new JsonObject { ["Value"] = "many" };
            }

            return item;
        }));

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => _site.RunRecipeAsync(recipe));

        Assert.Equal(1, error.StepIndex);
        Assert.StartsWith("$.steps[1].data[1234].Note.Count", error.JsonPath, StringComparison.Ordinal);
        Assert.Equal(before, await _site.FingerprintAsync());
    }

    [Fact]
    public async Task Import_ItemThatIsNotAnObjectInStreamedData_NamesItsIndex()
    {
        var lines = Enumerable.Range(0, 1500).Select(i => i == 1234 ? "\"not an item\"" : NoteRecipe.Item(i).ToJsonString());
        var recipe = await ReadFileAsync(NoteRecipe.Recipe(lines));

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => _site.RunRecipeAsync(recipe));

        Assert.Equal("$.steps[1].data[1234]", error.JsonPath);
        Assert.Equal(0L, await _site.ReadAsync(async s => (long)(await s.ScalarAsync("SELECT COUNT(*) FROM ContentItemIndex", [], None))!));
    }

    [Fact]
    public async Task Read_MalformedJsonDeepInDataArray_ReportsLineAndColumnInCharacters()
    {
        var lines = NoteRecipe.Recipe(1500).Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("n0000000000000000000001234", StringComparison.Ordinal));
        lines[at] = lines[at].Replace("\"DisplayText\":\"Note 534\",", "\"DisplayText\":\"Nöté 534\"", StringComparison.Ordinal);
        var path = Path.Combine(_folder, "broken.recipe.json");
        await File.WriteAllTextAsync(path, string.Join('\n', lines));

        var error = await Assert.ThrowsAsync<RecipeFormatException>(() => RecipeReader.ReadFileAsync(path, None));

        Assert.Equal(at + 1, error.Line);
        Assert.Equal(lines[at].IndexOf("\"Latest\"", StringComparison.Ordinal) + 1, error.Column);
        Assert.StartsWith($"{path}: invalid JSON at line {at + 1}, column {error.Column}:", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The recipe written to a file and read back with every data array streamed from it.</summary>
    private async Task<RecipeDescriptor> ReadFileAsync(string json)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():n}.recipe.json");
        await File.WriteAllTextAsync(path, json);
        var recipe = await RecipeReader.ReadFileAsync(path, streamedDataBytes: 0, None);
        Assert.NotNull(recipe.Steps[1].StreamedData);
        return recipe;
    }

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : ContentStepStreamingTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}
