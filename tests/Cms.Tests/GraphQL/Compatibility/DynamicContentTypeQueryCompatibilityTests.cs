using System.Net;
using System.Text.Json;
using Cms.Core.Recipes;
using Cms.Tests.Recipes;

namespace Cms.Tests.GraphQL.Compatibility;

/// <summary>The site of Orchard's DynamicContentTypeQueryTests (recipe tests/DynamicContentTypeQueryTest.json), read only, shared.</summary>
public sealed class DynamicContentTypeSite : IAsyncLifetime
{
    public GraphQLTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await GraphQLTestHost.CreateAsync();
        await Host.RunRecipeAsync(await RecipeReader.ReadFileAsync(
            CompatRecipeFiles.PathOf(Path.Combine("tests", "DynamicContentTypeQueryTest.json")), CancellationToken.None));
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>Queries 08-14 of ../shared/orchard-compat/graphql through the real host, with the results and statuses their .md expect.</summary>
public sealed class DynamicContentTypeQueryCompatibilityTests : IClassFixture<DynamicContentTypeSite>
{
    private const string Admin = "4admin0000000000000000000a|admin|Administrator";
    private readonly GraphQLTestHost _host;

    public DynamicContentTypeQueryCompatibilityTests(DynamicContentTypeSite site)
    {
        _host = site.Host;
    }

    public static IReadOnlyList<string> Covered { get; } =
    [
        "08-product-where-nested-part-field", "09-product-where-collapsed-field", "10-product-where-prevent-collision",
        "11-product-where-and-or", "12a-numbertype-where-value", "12b-stringtype-where-value",
        "13-twonumberstype-field-isolation", "14a-product-orderby-createdutc-asc", "14b-product-orderby-createdutc-desc",
    ];

    [Theory]
    [InlineData("08-product-where-nested-part-field", "Product 2")]
    [InlineData("09-product-where-collapsed-field", "Product 2")]
    [InlineData("10-product-where-prevent-collision", "Product 1")]
    [InlineData("11-product-where-and-or", "Product 2")]
    public async Task Q08To11_ProductFilters_FindOneProduct(string query, string expected)
    {
        var response = await _host.PostAsync(CompatQueries.Read(query), Admin);

        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        var product = Assert.Single(response.Data("product").EnumerateArray());
        Assert.Equal(expected, product.GetProperty("displayText").GetString());
        Assert.Equal(26, product.GetProperty("contentItemId").GetString()!.Length);
        var (amount, sku, code, date) = expected == "Product 1"
            ? (10m, "3000-01", "100000987", "2024-04-07")
            : (22m, "4000-44", "100000988", "2024-05-18");
        Assert.Equal(amount, product.GetProperty("price").GetProperty("amount").GetDecimal());
        Assert.Equal(sku, product.GetProperty("sku").GetString());
        Assert.Equal(code, product.GetProperty("metadataCode").GetString());
        Assert.Equal(date, product.GetProperty("metadataAvailabilityDate").GetString());
    }

    [Fact]
    public async Task Q12a_NumberTypeValue_IsTheNumber()
    {
        var response = await _host.PostAsync(CompatQueries.Read("12a-numbertype-where-value"), Admin);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var item = Assert.Single(response.Data("numberType").EnumerateArray());
        Assert.Equal(JsonValueKind.Number, item.GetProperty("value").ValueKind);
        Assert.Equal("123", item.GetProperty("value").ToString());
    }

    [Fact]
    public async Task Q12b_StringTypeValue_IsTheText()
    {
        var response = await _host.PostAsync(CompatQueries.Read("12b-stringtype-where-value"), Admin);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["Text123"], response.Strings("stringType", "value"));
    }

    [Fact]
    public async Task Q13_FilterOnField1_DoesNotMatchField2()
    {
        var response = await _host.PostAsync(CompatQueries.Read("13-twonumberstype-field-isolation"), Admin);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(0, response.Data("twoNumbersType").GetArrayLength());
    }

    [Theory]
    [InlineData("14a-product-orderby-createdutc-asc", "2024-04-07T00:00:00Z", "Product 1")]
    [InlineData("14b-product-orderby-createdutc-desc", "2024-05-18T00:00:00Z", "Product 2")]
    public async Task Q14_OrderByCreatedUtc_FirstIsExpected(string query, string createdUtc, string displayText)
    {
        var response = await _host.PostAsync(CompatQueries.Read(query), Admin);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var first = response.Data("product")[0];
        Assert.Equal(DateTimeOffset.Parse(createdUtc, System.Globalization.CultureInfo.InvariantCulture),
            first.GetProperty("createdUtc").GetDateTimeOffset());
        Assert.Equal(displayText, first.GetProperty("displayText").GetString());
    }

    [Fact]
    public void EveryCompatQuery_HasATest()
    {
        string[] blog =
        [
            "01-blog-list", "02-blogpost-where-collapsed-autoroute-path", "03-blogpost-collapsed-part-field",
            "04-blogpost-where-contentitemid", "05a-blogpost-status-published", "05b-blogpost-status-draft",
            "05c-blogpost-status-latest", "06-blog-permissions", "07-blogpost-contained-list-parent",
            "15-recent-blog-posts-lucene-query",
        ];

        Assert.Equal(CompatQueries.All(), [.. blog.Concat(Covered).Order(StringComparer.Ordinal)]);
    }
}
