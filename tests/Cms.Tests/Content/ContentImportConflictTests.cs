using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Recipes;
using Cms.Tests.Recipes;
using Cms.Tests.Support;

namespace Cms.Tests.Content;

/// <summary>
/// Promotions onto a site whose items were edited after the last promotion: notes 0 to 3 are imported (copies of
/// 2024-01-02), the editor then fixes notes 1 and 2 on this site (at 2024-03-01), and a later promotion brings
/// staging's copies of 2024-02-01, made before that fix.
/// </summary>
public class ContentImportConflictTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private const string StagingCopyDate = "2024-02-01T00:00:00Z";
    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await TestSite.CreateAsync(Provider);
        await _site.RunRecipeAsync(RecipeReader.Read(NoteRecipe.Recipe(4, (_, item) => Published(item))));
        await HotfixAsync(1);
        await HotfixAsync(2);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task ContentStep_ItemsEditedOnSiteAfterTheirCopy_FailsListingEveryOneAndWritesNothing()
    {
        var before = await _site.FingerprintAsync();

        var failure = await Assert.ThrowsAsync<RecipeExecutionException>(() => RunAsync(StagingPromotion(), ContentConflictMode.Fail));

        Assert.Equal(before, await _site.FingerprintAsync());
        var step = failure.Result.Steps[1];
        Assert.Equal(RecipeStepOutcome.Failed, step.Outcome);
        Assert.Equal([1, 2], step.Conflicts!.Select(c => c.Index));
        var first = step.Conflicts![0];
        Assert.Equal((Id(1), "Note", "Hotfixed 1", "editor"), (first.ContentItemId, first.ContentType, first.DisplayText, first.TargetAuthor));
        Assert.Equal(new DateTime(2024, 3, 1, 9, 0, 0, DateTimeKind.Utc), first.TargetModifiedUtc);
        Assert.Equal("$.steps[1].data[1]", failure.Error.JsonPath);
        foreach (var expected in new[] { Id(1), Id(2), "Hotfixed 1", "Hotfixed 2", "2024-03-01T09:00:00Z by editor", "nothing was written" })
        {
            Assert.Contains(expected, failure.Error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ContentStep_OnConflictSource_ImportedCopiesReplaceTheEditsAndAreReported()
    {
        var result = await RunAsync(StagingPromotion(), ContentConflictMode.Source);

        Assert.Equal("Staging 1", (await LatestAsync(1)).DisplayText);
        Assert.Equal("Staging 2", (await LatestAsync(2)).DisplayText);
        Assert.All(result.Steps[1].Conflicts!, c => Assert.Equal(ContentConflictMode.Source, c.Resolution));
        Assert.Equal(2, result.Steps[1].Counts["conflicts"]);
    }

    [Fact]
    public async Task ContentStep_OnConflictTarget_KeepsTheEditsAndImportsTheRest()
    {
        var result = await RunAsync(StagingPromotion(), ContentConflictMode.Target);

        Assert.Equal("Hotfixed 1", (await LatestAsync(1)).DisplayText);
        Assert.Equal("Hotfixed 2", (await LatestAsync(2)).DisplayText);
        Assert.Equal("Staging 3", (await LatestAsync(3)).DisplayText);
        var counts = result.Steps[1].Counts;
        Assert.Equal((2, 2, 1), (counts["conflicts"], counts["kept"], counts["updated"]));
        Assert.All(result.Steps[1].Conflicts!, c => Assert.Equal(ContentConflictMode.Target, c.Resolution));
    }

    [Fact]
    public async Task ContentStep_CopyNewerThanTheSitesEdit_UpdatesWithoutConflict()
    {
        var newer = NoteRecipe.Recipe(4, (i, item) => StagingCopy(i, item, "2024-04-01T00:00:00Z"));

        var result = await RunAsync(newer, ContentConflictMode.Fail);

        Assert.Null(result.Steps[1].Conflicts);
        Assert.Equal("Staging 1", (await LatestAsync(1)).DisplayText);
    }

    [Fact]
    public async Task ContentStep_CopyWithoutModifiedUtc_IsNeverAConflict()
    {
        var undated = NoteRecipe.Recipe(4, (i, item) =>
        {
            var copy = StagingCopy(i, item, StagingCopyDate);
            copy.Remove("ModifiedUtc");
            return copy;
        });

        var result = await RunAsync(undated, ContentConflictMode.Fail);

        Assert.Null(result.Steps[1].Conflicts);
        Assert.Equal("Staging 2", (await LatestAsync(2)).DisplayText);
    }

    [Fact]
    public async Task ContentStep_ItemsDifferingOnlyInTimestamps_CountAsUnchangedAndWriteNothing()
    {
        var before = await _site.FingerprintAsync();
        var redated = NoteRecipe.Recipe(1, (_, item) =>
        {
            var copy = Published(item);
            copy["ModifiedUtc"] = "2025-06-01T00:00:00Z";
            copy["PublishedUtc"] = "2025-06-01T00:00:00Z";
            copy["CreatedUtc"] = "2023-06-01T00:00:00Z";
            return copy;
        });

        var result = await RunAsync(redated, ContentConflictMode.Fail);

        Assert.Equal((1, 0), (result.Steps[1].Counts["unchanged"], result.Steps[1].Counts["updated"]));
        Assert.Equal(before, await _site.FingerprintAsync());
    }

    private Task<RecipeResult> RunAsync(string recipe, ContentConflictMode mode) =>
        _site.Recipes.RunAsync(RecipeReader.Read(recipe), new RecipeRunRequest
        {
            Parameters = TestSite.AdminParameters,
            ContentImport = new ContentImportOptions { OnConflict = mode },
        }, None);

    /// <summary>Staging's notes 0 to 3, notes 1 to 3 retitled; note 2's copy is a new version, as an edit of a versionable item makes.</summary>
    private static string StagingPromotion() => NoteRecipe.Recipe(4, (i, item) => StagingCopy(i, item, StagingCopyDate));

    private static JsonObject StagingCopy(int i, JsonObject item, string modifiedUtc)
    {
        var copy = Published(item);
        if (i == 0)
        {
            return copy;
        }

        copy["DisplayText"] = $"Staging {i}";
        copy["TitlePart"] = new JsonObject { ["Title"] = $"Staging {i}" };
        copy["ModifiedUtc"] = modifiedUtc;
        if (i == 2)
        {
            copy["ContentItemVersionId"] = "vstaging00000000000000002";
        }

        return copy;
    }

    /// <summary>Published, with a body the sanitiser leaves as it is, so an item sent again as stored is "unchanged".</summary>
    private static JsonObject Published(JsonObject item)
    {
        item["Published"] = true;
        item["HtmlBodyPart"] = new JsonObject { ["Html"] = "<p>Body</p>" };
        return item;
    }

    private static string Id(int i) => NoteRecipe.Item(i)["ContentItemId"]!.GetValue<string>();

    private Task<int> HotfixAsync(int i) => _site.WriteAsync(async session =>
    {
        var item = (await session.GetAsync(Id(i), VersionOptions.DraftRequired, None))!;
        item.DisplayText = $"Hotfixed {i}";
        item.GetOrCreatePart("TitlePart")["Title"] = $"Hotfixed {i}";
        await session.UpdateAsync(item, None);
        await session.PublishAsync(item, None);
        return 0;
    });

    private Task<ContentItem> LatestAsync(int i) =>
        _site.ReadAsync(async s => (await s.GetContentItemAsync(Id(i), VersionOptions.Latest, None))!);

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : ContentImportConflictTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}
