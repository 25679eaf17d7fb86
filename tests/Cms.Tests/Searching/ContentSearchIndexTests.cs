using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Querying;
using Cms.Core.Recipes;
using Cms.Core.Storage;
using Cms.Tests.Support;

namespace Cms.Tests.Searching;

/// <summary>The full-text index kept with the content: every save path, what is indexed, how it ranks and matches.</summary>
public sealed class ContentSearchIndexTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await TestSite.CreateAsync();
        await _site.RunRecipeAsync(RecipeReader.Read(SearchTestRecipes.Definitions));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task BundledSqlite_Fts5_IsCompiledIn()
    {
        var used = await _site.ReadAsync(s => s.ScalarAsync("SELECT sqlite_compileoption_used('ENABLE_FTS5')", [], None));

        Assert.Equal(1L, used);
    }

    [Theory]
    [InlineData("nicaragua")]
    [InlineData("defenders")]
    [InlineData("bogota")]
    [InlineData("reprisals")]
    [InlineData("mention")]
    [InlineData("retaliation")]
    public async Task Save_EveryKindOfText_IsFoundByItsWords(string word)
    {
        await CreateAsync("Everything", VersionOptions.Published, Everywhere);

        Assert.Equal(["Everything"], await FindAsync(word));
    }

    [Theory]
    [InlineData("classname")]
    [InlineData("hidden")]
    [InlineData("amp")]
    [InlineData("alert")]
    public async Task Save_Markup_IsNeverMatchedAsText(string word)
    {
        await CreateAsync("Everything", VersionOptions.Published, Everywhere);

        Assert.Empty(await FindAsync(word));
    }

    [Fact]
    public async Task Search_WordInTitleAndInBody_TitleRanksFirst()
    {
        await CreateAsync("A note on schools", VersionOptions.Published, item => Body(item, "<p>Nicaragua, once, in a long body about other things.</p>"));
        await CreateAsync("Nicaragua", VersionOptions.Published, item => Body(item, "<p>A short body.</p>"));

        Assert.Equal(["Nicaragua", "A note on schools"], await FindAsync("nicaragua"));
    }

    [Theory]
    [InlineData("\"human rights council\"", "Council")]
    [InlineData("human -council", "Defenders")]
    [InlineData("council OR defenders", "Council,Defenders")]
    [InlineData("defend*", "Defenders")]
    [InlineData("defender", "Defenders")]
    [InlineData("Genève", "Council")]
    [InlineData("geneve", "Council")]
    [InlineData("\"rights human\"", "")]
    public async Task Search_QueryLanguage_MatchesAsWebSearchWould(string query, string expected)
    {
        await CreateAsync("Council", VersionOptions.Published, item => Body(item, "<p>The Human Rights Council meets in Geneva and in Genève.</p>"));
        await CreateAsync("Defenders", VersionOptions.Published, item => Body(item, "<p>Human rights defenders at risk.</p>"));

        var found = await FindAsync(query);

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(), found.Order());
    }

    [Theory]
    [InlineData("title:council")]
    [InlineData("NEAR(council human)")]
    [InlineData("council AND NOT human")]
    [InlineData("^council")]
    [InlineData("council*human")]
    [InlineData("{Title Body}: council")]
    public async Task Search_Fts5SyntaxTyped_IsSearchedAsWordsNeverAnError(string query)
    {
        await CreateAsync("Council", VersionOptions.Published);

        var found = await FindAsync(query);

        Assert.True(found.Count <= 1);
    }

    [Fact]
    public async Task Update_ChangedTitle_FindsTheNewWordsOnly()
    {
        var item = await CreateAsync("Nicaragua", VersionOptions.Published);
        await _site.WriteAsync(async s =>
        {
            var latest = (await s.GetAsync(item.ContentItemId, VersionOptions.Latest, None))!;
            latest.GetOrCreatePart("TitlePart")["Title"] = "Honduras";
            await s.UpdateAsync(latest, None);
            return 0;
        });

        Assert.Empty(await FindAsync("nicaragua"));
        Assert.Equal(["Honduras"], await FindAsync("honduras"));
    }

    [Fact]
    public async Task Draft_NotPublished_IsFoundOnlyAmongLatestVersions()
    {
        await CreateAsync("Nicaragua", VersionOptions.Draft);

        Assert.Empty(await FindAsync("nicaragua"));
        Assert.Equal(["Nicaragua"], await FindAsync("nicaragua", ContentStatus.Latest));
    }

    [Fact]
    public async Task PublishThenUnpublish_PublishedSearchFollows()
    {
        var item = await CreateAsync("Nicaragua", VersionOptions.Draft);
        await _site.WriteAsync(async s =>
        {
            await s.PublishAsync((await s.GetAsync(item.ContentItemId, VersionOptions.Latest, None))!, None);
            return 0;
        });
        var afterPublish = await FindAsync("nicaragua");
        await _site.WriteAsync(async s =>
        {
            await s.UnpublishAsync((await s.GetAsync(item.ContentItemId, VersionOptions.Published, None))!, None);
            return 0;
        });

        Assert.Equal(["Nicaragua"], afterPublish);
        Assert.Empty(await FindAsync("nicaragua"));
        Assert.Equal(["Nicaragua"], await FindAsync("nicaragua", ContentStatus.Latest));
    }

    [Fact]
    public async Task NewerDraft_OfPublishedItem_EachStatusFindsItsOwnWords()
    {
        var item = await CreateAsync("Nicaragua", VersionOptions.Published);
        await _site.WriteAsync(async s =>
        {
            var draft = (await s.GetAsync(item.ContentItemId, VersionOptions.DraftRequired, None))!;
            draft.GetOrCreatePart("TitlePart")["Title"] = "Honduras";
            await s.UpdateAsync(draft, None);
            return 0;
        });

        Assert.Equal(["Nicaragua"], await FindAsync("nicaragua"));
        Assert.Empty(await FindAsync("honduras"));
        Assert.Equal(["Honduras"], await FindAsync("honduras", ContentStatus.Latest));
    }

    [Fact]
    public async Task Remove_Item_IsFoundNoMore()
    {
        var item = await CreateAsync("Nicaragua", VersionOptions.Published);
        await _site.WriteAsync(async s =>
        {
            await s.RemoveAsync((await s.GetAsync(item.ContentItemId, VersionOptions.Latest, None))!, None);
            return 0;
        });

        Assert.Empty(await FindAsync("nicaragua", ContentStatus.All));
    }

    [Fact]
    public async Task Recipe_ContentStep_ImportedItemsAreFound()
    {
        await _site.RunRecipeAsync(RecipeReader.Read(ReportsRecipe("Nicaragua", "Honduras")));

        Assert.Equal(["Nicaragua"], await FindAsync("nicaragua"));
        Assert.Equal(["Honduras"], await FindAsync("honduras"));
        Assert.Equal(["Honduras"], await FindAsync("retaliation"));
    }

    [Fact]
    public async Task Recipe_FailingLaterStep_LeavesTheIndexAsItWas()
    {
        await CreateAsync("Guatemala", VersionOptions.Published);
        var before = await _site.FingerprintAsync();
        var failing = ReportsRecipe("Nicaragua", "Honduras").Replace(
            "\"steps\": [", "\"steps\": [ { \"name\": \"Content\", \"data\": [] },", StringComparison.Ordinal)
            .Replace("\"ContentType\": \"Report\", \"DisplayText\": \"Honduras\"", "\"ContentType\": \"Missing\", \"DisplayText\": \"Honduras\"", StringComparison.Ordinal);

        await Assert.ThrowsAnyAsync<Exception>(() => _site.RunRecipeAsync(RecipeReader.Read(failing)));

        Assert.Equal(before, await _site.FingerprintAsync());
        Assert.Empty(await FindAsync("nicaragua"));
        Assert.Equal(["Guatemala"], await FindAsync("guatemala"));
    }

    [Fact]
    public async Task Rebuild_Requested_IndexesStoredItemsOnceAndClearsTheRequest()
    {
        await CreateAsync("Nicaragua", VersionOptions.Published);
        await using (var session = await _site.Documents.OpenWriteSessionAsync(None))
        {
            // A store whose items were saved before search existed: no words indexed, a rebuild asked for.
            await session.ExecuteAsync("DELETE FROM ContentSearchStemmed", [], None);
            await session.InsertDocumentAsync(DocumentTypes.SearchRebuild, "pending", "{}", None);
            await session.CommitAsync(None);
        }

        var emptyBefore = await FindAsync("nicaragua");
        var rebuild = new ContentSearchRebuild(_site.Content, ContentKindCatalog.Default);
        var first = await rebuild.RunIfRequestedAsync(None);
        var second = await rebuild.RunIfRequestedAsync(None);

        Assert.Empty(emptyBefore);
        Assert.True(first);
        Assert.False(second);
        Assert.Equal(["Nicaragua"], await FindAsync("nicaragua"));
    }

    [Fact]
    public async Task Rebuild_StoredItems_IndexesEveryLiveVersionOnce()
    {
        await CreateAsync("Nicaragua", VersionOptions.Published, Everywhere);
        var rebuild = new ContentSearchRebuild(_site.Content, ContentKindCatalog.Default);
        await rebuild.RunAsync(progress: null, None);
        var count = await rebuild.RunAsync(progress: null, None);

        // The report and the taxonomy its term comes from.
        Assert.Equal(2, count);
        Assert.Equal(["Nicaragua"], await FindAsync("retaliation"));
        Assert.Equal(["Nicaragua"], await FindAsync("bogota"));
    }

    [Fact]
    public async Task Culture_ItemOfAnotherCulture_IsLeftOutOnlyWhenACultureIsAsked()
    {
        await CreateAsync("Nicaragua", VersionOptions.Published);
        await CreateAsync("Nicaragua en français", VersionOptions.Published, item => item.GetOrCreatePart("LocalizationPart")["Culture"] = "fr");

        Assert.Equal(2, (await FindAsync("nicaragua")).Count);
        Assert.Equal(["Nicaragua"], await FindAsync("nicaragua", culture: "en"));
        Assert.Equal(2, (await FindAsync("nicaragua", culture: "fr")).Count);
    }

    private static void Everywhere(ContentItem item)
    {
        var part = item.GetOrCreatePart("Report");
        part["Summary"] = new JsonObject { ["Text"] = "Nicaragua" };
        part["Notes"] = new JsonObject { ["Markdown"] = "**Defenders** and [a link](https://example.org/hidden-target)" };
        part["Aside"] = new JsonObject { ["Html"] = "<p class=\"classname\">Bogotá</p><script>alert(1)</script>" };
        part["Topics"] = new JsonObject { ["TaxonomyContentItemId"] = SearchTestRecipes.TopicsId, ["TermContentItemIds"] = new JsonArray(SearchTestRecipes.ReprisalsTermId) };
        Body(item, "<p>Reprisals &amp; threats</p>");
        item.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = "A *mention*.";
    }

    private static void Body(ContentItem item, string html) => item.GetOrCreatePart("HtmlBodyPart")["Html"] = html;

    private static string ReportsRecipe(string first, string second) => $$"""
        { "name": "Reports", "steps": [ { "name": "Content", "data": [
          { "ContentItemId": "4report00000000000000001rp", "ContentType": "Report", "DisplayText": "{{first}}", "Latest": true, "Published": true,
            "TitlePart": { "Title": "{{first}}" } },
          { "ContentItemId": "4report00000000000000002rp", "ContentType": "Report", "DisplayText": "{{second}}", "Latest": true, "Published": true,
            "TitlePart": { "Title": "{{second}}" },
            "Report": { "Topics": { "TaxonomyContentItemId": "{{SearchTestRecipes.TopicsId}}", "TermContentItemIds": [ "{{SearchTestRecipes.ReprisalsTermId}}" ] } } } ] } ] }
        """;

    private async Task<ContentItem> CreateAsync(string title, VersionOptions options, Action<ContentItem>? fill = null)
    {
        var item = new ContentItem { ContentType = "Report", DisplayText = title };
        item.GetOrCreatePart("TitlePart")["Title"] = title;
        fill?.Invoke(item);
        await _site.WriteAsync(async s =>
        {
            await s.CreateAsync(item, options, None);
            return 0;
        });
        return item;
    }

    private Task<List<string>> FindAsync(string query, ContentStatus status = ContentStatus.Published, string? culture = null) =>
        _site.ReadAsync(async s => (await ContentSearchReader.SearchAsync(s,
            new ContentSearchRequest { Query = SearchQuery.Parse(query), Status = status, Culture = culture }, None))
            .Select(hit => hit.Item.DisplayText!).ToList());
}
