using System.Net;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;

using Cms.Tests.Support;

namespace Cms.Tests.GraphQL;

public class GraphQLQueryTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private GraphQLTestHost _host = null!;
    private string _blogId = "";

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.CreateAsync(GraphQLTestDefinitions.Site(), provider: Provider);
        var blog = await _host.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = "Blog" });
        _blogId = blog.ContentItemId;
        for (var i = 1; i <= 2; i++)
        {
            _host.Clock.Advance(TimeSpan.FromDays(1));
            var post = new ContentItem { ContentType = "BlogPost", DisplayText = i == 1 ? "Some sorta blogpost!" : "Some sorta other blogpost!" };
            post.GetOrCreatePart("AutoroutePart")["Path"] = $"Path{i}";
            post.GetOrCreatePart("BlogPost")["Subtitle"] = new JsonObject { ["Text"] = $"Subtitle {i}" };
            var contained = post.GetOrCreatePart("ContainedPart");
            contained["ListContentItemId"] = _blogId;
            contained["ListContentType"] = "Blog";

            // Stored in reverse, so the list order is proven to come from Order, not from creation.
            contained["Order"] = 3 - i;
            await _host.CreateAsync(post);
        }

        var draft = new ContentItem { ContentType = "BlogPost", DisplayText = "A draft" };
        await _host.CreateAsync(draft, VersionOptions.Draft);
        await AddProductAsync("Product 1", 10, "3000-01", "100000987", new DateTime(2024, 4, 7, 0, 0, 0, DateTimeKind.Utc));
        await AddProductAsync("Product 2", 22, "4000-44", "100000988", new DateTime(2024, 5, 18, 0, 0, 0, DateTimeKind.Utc));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task List_Blog_ReturnsTheBlog()
    {
        var response = await _host.PostAsync("query { blog { contentItemId } }", GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal([_blogId], response.Strings("blog", "contentItemId"));
    }

    [Fact]
    public async Task Where_CollapsedAutoroutePath_FindsThePost()
    {
        var response = await _host.PostAsync("query { blogPost(where:{path: \"Path1\"}) { displayText } }", GraphQLTestHost.Editor);

        Assert.Equal(["Some sorta blogpost!"], response.Strings("blogPost", "displayText"));
    }

    [Fact]
    public async Task OwnPartField_IsCollapsedOntoTheItem()
    {
        var response = await _host.PostAsync("query { blogPost(orderBy: {createdUtc: ASC}) { subtitle } }", GraphQLTestHost.Editor);

        Assert.Equal(["Subtitle 1", "Subtitle 2"], response.Strings("blogPost", "subtitle"));
    }

    [Theory]
    [InlineData("PUBLISHED", 2)]
    [InlineData("DRAFT", 1)]
    [InlineData("LATEST", 3)]
    public async Task Status_Editor_SeesTheVersionsAsked(string status, int count)
    {
        var response = await _host.PostAsync($"query {{ blogPost(status: {status}) {{ displayText published }} }}", GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(count, response.Data("blogPost").GetArrayLength());
    }

    [Fact]
    public async Task ContainedPart_ListParent_ResolvesTheBlog()
    {
        var response = await _host.PostAsync("query { blogPost { blog { listContentItem { ... on Blog { displayText } } } } }", GraphQLTestHost.Editor);

        Assert.Equal("Blog", response.Data("blogPost")[0].GetProperty("blog").GetProperty("listContentItem").GetProperty("displayText").GetString());
    }

    [Fact]
    public async Task ListPart_Children_InListOrder()
    {
        var response = await _host.PostAsync("query { blog { list { contentItems { displayText } } } }", GraphQLTestHost.Editor);

        var children = response.Data("blog")[0].GetProperty("list").GetProperty("contentItems").EnumerateArray()
            .Select(e => e.GetProperty("displayText").GetString()).ToList();
        Assert.Equal(["Some sorta other blogpost!", "Some sorta blogpost!"], children);
    }

    [Theory]
    [InlineData("{price: {amount_gt: 10}}", "Product 2")]
    [InlineData("{sku_starts_with: \"4000\"}", "Product 2")]
    [InlineData("{metadataCode: \"100000987\"}", "Product 1")]
    [InlineData("{AND: {OR: {price: {amount: 10}, sku_ends_with: \"44\"}, metadataAvailabilityDate_gt: \"2024-05-01\"}}", "Product 2")]
    [InlineData("{NOT: {sku: \"4000-44\"}}", "Product 1")]
    [InlineData("{OR: [{sku: \"3000-01\"}, {sku: \"nothing\"}]}", "Product 1")]
    [InlineData("{price: {amount_in: [22, 23]}}", "Product 2")]
    [InlineData("{price: {amount_lte: 10}}", "Product 1")]
    [InlineData("{sku_not_contains: \"000-0\"}", "Product 2")]
    [InlineData("{displayText_not_starts_with: \"Product 2\"}", "Product 1")]
    [InlineData("{displayText_ends_with: \" 2\"}", "Product 2")]
    [InlineData("{createdUtc_lt: \"2024-05-01T00:00:00Z\"}", "Product 1")]
    [InlineData("{metadataAvailabilityDate_not_in: [\"2024-04-07\"]}", "Product 2")]
    public async Task Where_Operators_MatchOrchardSemantics(string where, string expected)
    {
        var response = await _host.PostAsync($"query {{ product(where: {where}) {{ displayText }} }}", GraphQLTestHost.Editor);

        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        Assert.Equal([expected], response.Strings("product", "displayText"));
    }

    [Fact]
    public async Task Product_FieldShapes_AreOrchards()
    {
        var response = await _host.PostAsync(
            "query { product(where: {sku: \"4000-44\"}) { price { amount } sku metadataCode metadataAvailabilityDate } }", GraphQLTestHost.Editor);

        var product = response.Data("product")[0];
        Assert.Equal(22m, product.GetProperty("price").GetProperty("amount").GetDecimal());
        Assert.Equal("100000988", product.GetProperty("metadataCode").GetString());
        Assert.Equal("2024-05-18", product.GetProperty("metadataAvailabilityDate").GetString());
    }

    [Theory]
    [InlineData("{createdUtc: ASC}", "Product 1")]
    [InlineData("{createdUtc: DESC}", "Product 2")]
    [InlineData("{price: {amount: DESC}}", "Product 2")]
    [InlineData("{sku: ASC}", "Product 1")]
    public async Task OrderBy_MetadataAndFields_FirstIsExpected(string orderBy, string first)
    {
        var response = await _host.PostAsync($"query {{ product(orderBy: {orderBy}) {{ displayText }} }}", GraphQLTestHost.Editor);

        Assert.Equal(first, response.Strings("product", "displayText")[0]);
    }

    [Fact]
    public async Task FirstAndSkip_PageTheList()
    {
        var response = await _host.PostAsync("query { product(orderBy: {createdUtc: ASC}, first: 1, skip: 1) { displayText } }", GraphQLTestHost.Editor);

        Assert.Equal(["Product 2"], response.Strings("product", "displayText"));
    }

    [Fact]
    public async Task Connection_TotalsAndCursors_PageThroughEverything()
    {
        var first = await _host.PostAsync(
            "query { productConnection(first: 1, orderBy: {createdUtc: ASC}) { totalCount nodes { displayText } pageInfo { hasNextPage endCursor } } }",
            GraphQLTestHost.Editor);
        var page = first.Data("productConnection");
        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var second = await _host.PostAsync(
            "query($after: String) { productConnection(first: 1, after: $after, orderBy: {createdUtc: ASC}) { nodes { displayText } pageInfo { hasNextPage } } }",
            GraphQLTestHost.Editor, new { after = cursor });

        var next = second.Data("productConnection");
        Assert.Equal("Product 2", next.GetProperty("nodes")[0].GetProperty("displayText").GetString());
        Assert.False(next.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Connection_TotalCountOnly_SendsNoPageQuery()
    {
        const string Where = "where: {displayText_contains: \"Product\"}";
        var commands = 0;
        _host.Executor.Executed += count => commands = count;

        // The first request fills the count cache, so both measured requests count from it alike.
        await _host.PostAsync($"query {{ productConnection({Where}) {{ totalCount }} }}", GraphQLTestHost.Editor);
        var totalOnly = await _host.PostAsync($"query {{ productConnection({Where}) {{ totalCount }} }}", GraphQLTestHost.Editor);
        var totalOnlyCommands = commands;
        var withNodes = await _host.PostAsync(
            $"query {{ productConnection({Where}) {{ totalCount nodes {{ displayText }} }} }}", GraphQLTestHost.Editor);

        Assert.Equal(2, totalOnly.Data("productConnection").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, withNodes.Data("productConnection").GetProperty("totalCount").GetInt32());
        Assert.Equal(totalOnlyCommands + 1, commands);
    }

    [Fact]
    public async Task Connection_BadCursor_NamesTheArgument()
    {
        var response = await _host.PostAsync("query { productConnection(after: \"nope\") { nodes { displayText } } }", GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("'after'", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentItem_ById_ReturnsThePublishedItem()
    {
        var response = await _host.PostAsync($"query {{ contentItem(contentItemId: \"{_blogId}\") {{ displayText ... on Blog {{ contentItemId }} }} }}",
            GraphQLTestHost.Editor);

        Assert.Equal("Blog", response.Data("contentItem").GetProperty("displayText").GetString());
    }

    private async Task AddProductAsync(string name, decimal amount, string sku, string code, DateTime created)
    {
        var product = new ContentItem { ContentType = "Product", DisplayText = name, CreatedUtc = created };
        product.GetOrCreatePart("PricePart")["Amount"] = new JsonObject { ["Value"] = amount };
        product.GetOrCreatePart("SkuPart")["Sku"] = new JsonObject { ["Text"] = sku };
        var metadata = product.GetOrCreatePart("MetadataPart");
        metadata["Code"] = new JsonObject { ["Text"] = code };
        metadata["AvailabilityDate"] = new JsonObject { ["Value"] = created.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        await _host.CreateAsync(product);
    }

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : GraphQLQueryTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}
