using Cms.Core.Querying;
using Cms.Core.Storage.Sqlite;

namespace Cms.Tests.Searching;

/// <summary>The search syntax: what it reads, what it refuses (with the reason), and the FTS5 text it becomes.</summary>
public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("defenders", "\"defenders\"")]
    [InlineData("human rights", "\"human\" AND \"rights\"")]
    [InlineData("\"human rights council\"", "\"human rights council\"")]
    [InlineData("defend*", "\"defend\"*")]
    [InlineData("council OR defenders", "(\"council\" OR \"defenders\")")]
    [InlineData("a OR b OR c d", "(\"a\" OR \"b\" OR \"c\") AND \"d\"")]
    [InlineData("human -council", "(\"human\") NOT (\"council\")")]
    [InlineData("human -\"rights council\" -un", "(\"human\") NOT (\"rights council\" OR \"un\")")]
    [InlineData("council or defenders", "\"council\" AND \"or\" AND \"defenders\"")]
    [InlineData("rights & defenders", "\"rights\" AND \"defenders\"")]
    public void Parse_Syntax_BecomesQuotedFts5(string text, string expected) =>
        Assert.Equal(expected, SqliteContentSearch.MatchExpression(SearchQuery.Parse(text)));

    [Theory]
    [InlineData("title:secret", "\"title:secret\"")]
    [InlineData("NEAR(a b)", "\"NEAR(a\" AND \"b)\"")]
    [InlineData("a AND NOT b", "\"a\" AND \"AND\" AND \"NOT\" AND \"b\"")]
    [InlineData("^start", "\"^start\"")]
    [InlineData("say\"\"", "\"say\"")]
    public void Parse_Fts5Syntax_IsQuotedAsPlainWords(string text, string expected) =>
        Assert.Equal(expected, SqliteContentSearch.MatchExpression(SearchQuery.Parse(text)));

    [Theory]
    [InlineData("\"human rights", "The quote at position 1 is not closed.")]
    [InlineData("human OR", "OR at position 7 has no term after it.")]
    [InlineData("OR human", "OR at position 1 must stand between two terms to look for.")]
    [InlineData("human OR OR rights", "OR at position 10 must stand between two terms to look for.")]
    [InlineData("human OR -rights", "OR at position 7 cannot join the excluded term at position 10.")]
    [InlineData("-council", "The search only excludes words; add a word to look for.")]
    [InlineData("   ", "The search has no word to look for.")]
    [InlineData("* & -", "The search has no word to look for.")]
    public void Parse_InvalidSyntax_SaysWhatAndWhere(string text, string message)
    {
        var exception = Assert.Throws<SearchQueryException>(() => SearchQuery.Parse(text));

        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public void Parse_TooManyTerms_IsRefused()
    {
        var text = string.Join(' ', Enumerable.Range(0, SearchQuery.MaxTerms + 1).Select(i => $"w{i}"));

        var exception = Assert.Throws<SearchQueryException>(() => SearchQuery.Parse(text));

        Assert.Equal($"The search has more than {SearchQuery.MaxTerms} terms.", exception.Message);
    }
}
