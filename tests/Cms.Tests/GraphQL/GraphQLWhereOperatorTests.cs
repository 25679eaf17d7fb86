using System.Net;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;

namespace Cms.Tests.GraphQL;

/// <summary>Three Kinds items (A &lt; B &lt; C in every field) on one read-only site.</summary>
public sealed class KindsSite : IAsyncLifetime
{
    public GraphQLTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await GraphQLTestHost.CreateAsync(GraphQLTestDefinitions.Site());
        (string Name, string Text, int Number, bool Flag)[] rows = [("A", "alpha", 1, true), ("B", "beta", 2, false), ("C", "gamma", 3, true)];
        foreach (var (name, text, number, flag) in rows)
        {
            var item = new ContentItem { ContentType = "Kinds", DisplayText = name };
            var part = item.GetOrCreatePart("Kinds");
            part["Text"] = new JsonObject { ["Text"] = text };
            part["Number"] = new JsonObject { ["Value"] = number };
            part["Flag"] = new JsonObject { ["Value"] = flag };
            part["Day"] = new JsonObject { ["Value"] = $"2024-01-0{number}" };
            part["Moment"] = new JsonObject { ["Value"] = $"2024-01-01T1{number}:00:00Z" };
            part["Clock"] = new JsonObject { ["Value"] = $"1{number}:00:00" };
            await Host.CreateAsync(item);
        }
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>Every where suffix on every filterable scalar kind, nested AND/OR/NOT, and ordering by each field.</summary>
public sealed class GraphQLWhereOperatorTests : IClassFixture<KindsSite>
{
    private readonly GraphQLTestHost _host;

    public GraphQLWhereOperatorTests(KindsSite site)
    {
        _host = site.Host;
    }

    public static TheoryData<string, string> Comparable()
    {
        var data = new TheoryData<string, string>();
        (string Field, string V1, string V2)[] kinds =
        [
            ("number", "1", "2"), ("day", "\"2024-01-01\"", "\"2024-01-02\""),
            ("moment", "\"2024-01-01T11:00:00Z\"", "\"2024-01-01T12:00:00Z\""), ("clock", "\"11:00:00\"", "\"12:00:00\""),
            ("createdUtc", "\"2000-01-01T00:00:00Z\"", "\"2000-01-01T00:00:00Z\""),
        ];
        foreach (var (field, v1, v2) in kinds.Where(k => k.Field != "createdUtc"))
        {
            data.Add($"{field}: {v2}", "B");
            data.Add($"{field}_not: {v2}", "A,C");
            data.Add($"{field}_in: [{v1}, {v2}]", "A,B");
            data.Add($"{field}_not_in: [{v1}]", "B,C");
            data.Add($"{field}_gt: {v2}", "C");
            data.Add($"{field}_gte: {v2}", "B,C");
            data.Add($"{field}_lt: {v2}", "A");
            data.Add($"{field}_lte: {v2}", "A,B");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Comparable))]
    [InlineData("text: \"beta\"", "B")]
    [InlineData("text_not: \"beta\"", "A,C")]
    [InlineData("text_in: [\"alpha\", \"gamma\"]", "A,C")]
    [InlineData("text_not_in: [\"alpha\"]", "B,C")]
    [InlineData("text_contains: \"MM\"", "C")]
    [InlineData("text_not_contains: \"et\"", "A,C")]
    [InlineData("text_starts_with: \"al\"", "A")]
    [InlineData("text_not_starts_with: \"al\"", "B,C")]
    [InlineData("text_ends_with: \"ta\"", "B")]
    [InlineData("text_not_ends_with: \"ta\"", "A,C")]
    [InlineData("flag: true", "A,C")]
    [InlineData("flag_not: true", "B")]
    [InlineData("displayText_in: [\"A\", \"C\"]", "A,C")]
    [InlineData("displayText_contains: \"b\"", "B")]
    [InlineData("owner: \"4editor00000000000000000001\"", "A,B,C")]
    [InlineData("createdUtc_gte: \"2024-01-01T00:00:00Z\"", "A,B,C")]
    public async Task Where_SuffixOnKind_MatchesExactly(string condition, string expected)
    {
        await AssertMatchesAsync($"{{ {condition} }}", expected);
    }

    [Theory]
    [InlineData("{ NOT: { OR: [ { text: \"alpha\" }, { number: 3 } ] } }", "B")]
    [InlineData("{ AND: [ { OR: [ { flag: true }, { number: 2 } ] }, { NOT: { text_starts_with: \"g\" } } ] }", "A,B")]
    [InlineData("{ OR: [ { AND: [ { flag: true }, { number_gt: 1 } ] }, { AND: { day: \"2024-01-02\", clock_lt: \"13:00:00\" } } ] }", "B,C")]
    [InlineData("{ NOT: [ { flag: true }, { number: 1 } ] }", "B,C")]
    // An empty OR adds no condition (as an absent one), like the other empty logical lists.
    [InlineData("{ OR: [] }", "A,B,C")]
    public async Task Where_NestedLogic_MatchesOrchardSemantics(string where, string expected)
    {
        await AssertMatchesAsync(where, expected);
    }

    [Theory]
    [InlineData("text", "DESC", "C,B,A")]
    [InlineData("number", "DESC", "C,B,A")]
    [InlineData("day", "ASC", "A,B,C")]
    [InlineData("moment", "DESC", "C,B,A")]
    [InlineData("clock", "DESC", "C,B,A")]
    [InlineData("displayText", "DESC", "C,B,A")]
    public async Task OrderBy_EachField_SortsTheRows(string field, string direction, string expected)
    {
        var response = await _host.PostAsync($"query {{ kinds(orderBy: {{ {field}: {direction} }}) {{ displayText }} }}", GraphQLTestHost.Editor);

        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        Assert.Equal(expected, string.Join(',', response.Strings("kinds", "displayText")));
    }

    [Fact]
    public async Task OrderBy_BooleanThenText_SortsByBothKeys()
    {
        var response = await _host.PostAsync("query { kinds(orderBy: { flag: DESC, text: DESC }) { displayText } }", GraphQLTestHost.Editor);

        Assert.Equal("C,A,B", string.Join(',', response.Strings("kinds", "displayText")));
    }

    private async Task AssertMatchesAsync(string where, string expected)
    {
        var response = await _host.PostAsync($"query {{ kinds(where: {where}, orderBy: {{ displayText: ASC }}) {{ displayText }} }}", GraphQLTestHost.Editor);

        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        Assert.Equal(expected, string.Join(',', response.Strings("kinds", "displayText")));
    }
}
