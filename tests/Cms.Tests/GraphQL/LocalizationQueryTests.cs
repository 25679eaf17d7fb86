using System.Net;
using System.Text.Json;
using Cms.Core.Recipes;
using Cms.Tests.Support;
using static Cms.Tests.Support.LocalizedRecipe;

namespace Cms.Tests.GraphQL;

/// <summary>
/// Orchard's localization shapes (<c>localization { ... }</c>, the <c>localization</c> filter, <c>siteCultures</c>) and
/// ours: <c>culture</c> with <c>fallback</c> on lists, connections and <c>contentItem</c>, applied to pickers beneath.
/// </summary>
public sealed class LocalizationQueryTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.CreateAsync();
        var result = await _host.RunRecipeAsync(RecipeReader.Read(LocalizedRecipe.Json));
        Assert.True(result.Succeeded, result.Error?.Message);
        await _host.SaveRolesAsync(GraphQLTestHost.Role("Anonymous", "ExecuteGraphQL", "ViewContent"));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task LocalizationField_Item_GivesCultureSetAndPublishedTranslations()
    {
        var response = await PostAsync($$"""
            { letter(where: { contentItemId: "{{WaterEn}}" }) { localization {
                culture localizationSet localizations { contentItemId } fr: localizations(culture: "fr") { displayText } } } }
            """);

        var localization = Assert.Single(response.Data("letter").EnumerateArray()).GetProperty("localization");
        Assert.Equal("en", localization.GetProperty("culture").GetString());
        Assert.Equal(WaterSet, localization.GetProperty("localizationSet").GetString());
        Assert.Equal([WaterEn, WaterFr], Texts(localization.GetProperty("localizations"), "contentItemId").Order(StringComparer.Ordinal));
        Assert.Equal(["De l'eau pour tous"], Texts(localization.GetProperty("fr"), "displayText"));
    }

    [Theory]
    [InlineData("""culture: "fr" """, "De l'eau pour tous|Sauver les forêts")]
    [InlineData("""culture_starts_with: "e" """, "Open the schools|Water for all")]
    [InlineData("""culture_not: "fr" """, "Open the schools|Water for all")]
    [InlineData("""localizationSet: "set0water00000000000000001" """, "De l'eau pour tous|Water for all")]
    public async Task Where_Localization_FiltersOnCultureAndSet(string filter, string expected)
    {
        var response = await PostAsync($$"""{ letter(where: { localization: { {{filter}} } }, orderBy: { displayText: ASC }) { displayText } }""");

        Assert.Equal(expected, string.Join('|', response.Strings("letter", "displayText")));
    }

    [Fact]
    public async Task SiteCultures_Site_ListsCulturesWithTheDefault()
    {
        var response = await PostAsync("{ siteCultures { culture default } }");

        Assert.Equal(["en", "fr", "es"], response.Strings("siteCultures", "culture"));
        Assert.Equal(["True", "False", "False"], response.Strings("siteCultures", "default"));
    }

    [Theory]
    [InlineData("""culture: "fr" """, "Sauver les forêts|De l'eau pour tous")]
    [InlineData("""culture: "fr", fallback: ["en"] """, "Sauver les forêts|Open the schools|De l'eau pour tous")]
    [InlineData("""culture: "EN", fallback: ["fr"] """, "Sauver les forêts|Open the schools|Water for all")]
    [InlineData("""culture: "es", fallback: ["en"] """, "Open the schools|Water for all")]
    public async Task List_CultureWithFallback_GivesOneItemPerSet(string arguments, string expected)
    {
        var response = await PostAsync($$"""{ letter({{arguments}}) { displayText } }""");

        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        Assert.Equal(expected, string.Join('|', response.Strings("letter", "displayText")));
    }

    [Fact]
    public async Task List_TypeWithoutLocalization_IsAlwaysIncluded()
    {
        var response = await PostAsync("""{ page(culture: "fr") { displayText } }""");

        Assert.Equal(["About us"], response.Strings("page", "displayText"));
    }

    [Fact]
    public async Task Connection_CultureWithFallback_TotalAndKeysetPagesMatchTheList()
    {
        var first = await PostAsync("""
            { letterConnection(culture: "fr", fallback: ["en"], first: 2) { totalCount nodes { displayText } pageInfo { hasNextPage endCursor } } }
            """);
        var connection = first.Data("letterConnection");
        var after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await PostAsync($$"""
            { letterConnection(culture: "fr", fallback: ["en"], first: 2, after: "{{after}}") { totalCount nodes { displayText } pageInfo { hasNextPage } } }
            """);

        Assert.Equal(3, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal(["Sauver les forêts", "Open the schools"], Texts(connection.GetProperty("nodes"), "displayText"));
        Assert.Equal(["De l'eau pour tous"], Texts(second.Data("letterConnection").GetProperty("nodes"), "displayText"));
        Assert.False(second.Data("letterConnection").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task ContentItem_Culture_GivesTheTranslationOrTheFallbackOrNull()
    {
        var response = await PostAsync($$"""
            { fr: contentItem(contentItemId: "{{WaterEn}}", culture: "fr") { displayText }
              missing: contentItem(contentItemId: "{{SchoolsEn}}", culture: "fr") { displayText }
              fallback: contentItem(contentItemId: "{{SchoolsEn}}", culture: "fr", fallback: ["en"]) { displayText }
              page: contentItem(contentItemId: "{{AboutPage}}", culture: "es") { displayText } }
            """);

        Assert.Equal("De l'eau pour tous", response.Data("fr").GetProperty("displayText").GetString());
        Assert.Equal(JsonValueKind.Null, response.Data("missing").ValueKind);
        Assert.Equal("Open the schools", response.Data("fallback").GetProperty("displayText").GetString());
        Assert.Equal("About us", response.Data("page").GetProperty("displayText").GetString());
    }

    [Fact]
    public async Task Picker_UnderACulture_GivesThePickedItemsTranslation()
    {
        var response = await PostAsync($$"""
            { fr: letter(culture: "fr", fallback: ["en"], where: { contentItemId: "{{SchoolsEn}}" }) { related { contentItems { displayText } } }
              plain: letter(where: { contentItemId: "{{SchoolsEn}}" }) { related { contentItems { displayText } } } }
            """);

        Assert.Equal(["De l'eau pour tous"], Texts(response.Data("fr")[0].GetProperty("related").GetProperty("contentItems"), "displayText"));
        Assert.Equal(["Water for all"], Texts(response.Data("plain")[0].GetProperty("related").GetProperty("contentItems"), "displayText"));
    }

    [Theory]
    [InlineData("""letter(culture: "de")""", "'culture'")]
    [InlineData("""letter(culture: "fr", fallback: ["xx"])""", "'fallback'")]
    [InlineData("""letterConnection(culture: "de") { totalCount }""", "'culture'")]
    [InlineData("""contentItem(contentItemId: "x", culture: "de")""", "'culture'")]
    public async Task Culture_NotSupported_Is400NamingTheArgumentAndListingCultures(string field, string argument)
    {
        var query = field.Contains('{', StringComparison.Ordinal) ? $"{{ {field} }}" : $"{{ {field} {{ displayText }} }}";

        var response = await PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(argument, response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Contains("en, fr, es", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftTranslation_Anonymous_IsNeverVisible()
    {
        var response = await PostAsync($$"""
            { list: letter(culture: "es") { displayText }
              item: contentItem(contentItemId: "{{WaterEn}}", culture: "es") { displayText }
              set: letter(where: { localization: { culture: "es" } }) { displayText }
              translations: letter(where: { contentItemId: "{{WaterEn}}" }) { localization { localizations { displayText } } } }
            """);

        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        Assert.DoesNotContain("Agua", response.Body, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, response.Data("item").ValueKind);
    }

    private Task<GraphQLResponse> PostAsync(string query) => _host.PostAsync(query);

    private static List<string> Texts(JsonElement array, string member) =>
        array.EnumerateArray().Select(e => e.GetProperty(member).GetString()!).ToList();
}
