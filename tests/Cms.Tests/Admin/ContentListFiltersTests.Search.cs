namespace Cms.Tests.Admin;

/// <summary>The search box: words searched in the items' text, best first with the passage around the matches.</summary>
public sealed partial class ContentListFiltersTests
{
    [Fact]
    public async Task List_Words_ListsBestMatchFirstWithMarkedSnippets()
    {
        using var client = _site.Admin();
        var html = await client.GetStringAsync("/admin/contents?q=defenders");
        var titles = await TitlesAsync("?q=defenders");

        Assert.StartsWith("Courts and the rights of human rights defenders", titles[0], StringComparison.Ordinal);
        Assert.Contains("<mark>defenders</mark>", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task List_HalfTypedWord_FindsItemsWithWordsStartingSo()
    {
        var whole = await TitlesAsync("?q=defenders");
        var start = await TitlesAsync("?q=defend");

        Assert.NotEmpty(whole);
        Assert.Equal(whole.Order(), start.Order());
    }

    [Fact]
    public async Task List_WordsWithASort_KeepsTheSort()
    {
        var titles = await TitlesAsync("?q=" + Uri.EscapeDataString("rights sort:title"));

        Assert.True(titles.Count > 1);
        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase), titles);
    }
}
