using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Recipes;
using Cms.Core.Storage;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Ishr;

/// <summary>The product as shipped: the host sets an empty data folder up from recipes/ishr.recipe.json.</summary>
public sealed class IshrSiteTests : IClassFixture<IshrSiteTests.Site>
{
    private readonly Site _site;

    public IshrSiteTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cms:Setup:Enabled", "true");
            builder.UseSetting("Cms:Setup:AdminPassword", "Secret-passw0rd");
        }
    }

    [Fact]
    public async Task Letters_AnonymousGraphQL_ReturnsTheSampleLetterWithItsRelations()
    {
        var data = await QueryAsync(_site.Anonymous(), """
            { letter(culture: "en", where: { displayText_contains: "Haley" }) {
                displayText path recipient summary signatoryCount sentDate
                htmlBody { html }
                relatedAnalysis { contentItems { displayText ... on Analysis { path } } }
                topics { termContentItems { displayText } }
                countries { termContentItems { displayText } }
                signatories { contentItems { displayText } }
                image { files { url mediaText } } } }
            """);

        var letter = Assert.Single(data["letter"]!.AsArray())!;
        Assert.Equal("Joint letter of 18 NGOs to US Ambassador Nikki Haley", letter["displayText"]!.GetValue<string>());
        Assert.Equal("letters/joint-letter-of-18-ngos-to-us-ambassador-nikki-haley", letter["path"]!.GetValue<string>());
        Assert.Equal("Nikki Haley, US ambassador to the United Nations", letter["recipient"]!.GetValue<string>());
        Assert.Equal(18m, letter["signatoryCount"]!.GetValue<decimal>());
        Assert.StartsWith("2018-06-20", letter["sentDate"]!.GetValue<string>(), StringComparison.Ordinal);
        var html = letter["htmlBody"]!["html"]!.GetValue<string>();
        Assert.StartsWith("<p>Dear Ambassador Haley,</p>", html, StringComparison.Ordinal);
        Assert.EndsWith("We will continue to work towards those goals.</p>", html, StringComparison.Ordinal);
        var analysis = Assert.Single(letter["relatedAnalysis"]!["contentItems"]!.AsArray())!;
        Assert.StartsWith("The US withdrawal from the UN Human Rights Council", analysis["displayText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Human Rights Council", Assert.Single(letter["topics"]!["termContentItems"]!.AsArray())!["displayText"]!.GetValue<string>());
        Assert.Equal("United States", Assert.Single(letter["countries"]!["termContentItems"]!.AsArray())!["displayText"]!.GetValue<string>());
        Assert.Empty(letter["signatories"]!["contentItems"]!.AsArray());
        var file = Assert.Single(letter["image"]!["files"]!.AsArray())!;
        Assert.Equal("Photo: ISHR", file["mediaText"]!.GetValue<string>());
        Assert.EndsWith("ishr/placeholder.png", file["url"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LetterEditor_RecipePreviewPart_ShowsPreviewInSiteOnTheNgoSite()
    {
        var data = await QueryAsync(_site.Anonymous(), """{ letter(culture: "en", where: { displayText_contains: "Haley" }) { contentItemId path } }""");
        var letter = Assert.Single(data["letter"]!.AsArray())!;

        var html = await _site.Admin().GetStringAsync($"/admin/contents/{letter["contentItemId"]!.GetValue<string>()}/edit");

        Assert.Contains($"href=\"https://ishr.example/{letter["path"]!.GetValue<string>()}?preview=preview.", html, StringComparison.Ordinal);
        Assert.Contains(">Preview in site</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllSampleContent_IsServed()
    {
        var data = await QueryAsync(_site.Anonymous(), """
            { letter(orderBy: { displayText: ASC }) { displayText sentDate }
              analysis(orderBy: { displayText: ASC }) { displayText path htmlBody { html } relatedLetters { contentItems { displayText } } }
              highlight(orderBy: { displayText: ASC }) { displayText teaser year featured image { files { mediaText } } } }
            """);

        // The Haley letter, the withdrawal analysis and the highlight are served in English, French and Spanish.
        Assert.Equal(
            ["Carta conjunta de 18 ONG a la embajadora de Estados Unidos Nikki Haley",
             "Civil society call to the 30th Annual Meeting of Special Procedures", "Joint letter of 18 NGOs to US Ambassador Nikki Haley",
             "Lettre conjointe de 18 ONG à l'ambassadrice des États-Unis Nikki Haley", "Private letters of 18 NGOs to Member States, 17 May 2018"],
            data["letter"]!.AsArray().Select(l => l!["displayText"]!.GetValue<string>()));
        Assert.StartsWith("2018-05-17", data["letter"]![4]!["sentDate"]!.GetValue<string>(), StringComparison.Ordinal);
        var analyses = data["analysis"]!.AsArray();
        Assert.Equal(4, analyses.Count);
        var withdrawal = analyses.Single(a => a!["displayText"]!.GetValue<string>().StartsWith("The US withdrawal", StringComparison.Ordinal))!;
        Assert.Equal(2, withdrawal["relatedLetters"]!["contentItems"]!.AsArray().Count);
        Assert.StartsWith("analysis/the-us-withdrawal", withdrawal["path"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["ISHR’s 2024 highlights", "Les temps forts de l'ISHR en 2024", "Lo más destacado del ISHR en 2024"],
            data["highlight"]!.AsArray().Select(h => h!["displayText"]!.GetValue<string>()));
        var highlight = data["highlight"]![0]!;
        Assert.Equal(2024m, highlight["year"]!.GetValue<decimal>());
        Assert.True(highlight["featured"]!.GetValue<bool>());
        Assert.StartsWith("Here are 10 human rights impacts", highlight["teaser"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letters_FrenchWithEnglishFallback_GiveTheTranslationWithItsTermsAndRelationsInFrench()
    {
        var data = await QueryAsync(_site.Anonymous(), """
            { siteCultures { culture default }
              letter(culture: "fr", fallback: ["en"], orderBy: { displayText: ASC }) {
                displayText localization { culture }
                topics { termContentItems { displayText } }
                countries { termContentItems { displayText } }
                relatedAnalysis { contentItems { displayText } } }
              highlight(culture: "es") { displayText } }
            """);

        Assert.Equal(["en", "fr", "es"], data["siteCultures"]!.AsArray().Select(c => c!["culture"]!.GetValue<string>()));
        var letters = data["letter"]!.AsArray();
        Assert.Equal(["en", "fr", "en"], letters.Select(l => l!["localization"]!["culture"]!.GetValue<string>()));
        var haley = letters[1]!;
        Assert.Equal("Lettre conjointe de 18 ONG à l'ambassadrice des États-Unis Nikki Haley", haley["displayText"]!.GetValue<string>());
        Assert.Equal("Conseil des droits de l'homme", Assert.Single(haley["topics"]!["termContentItems"]!.AsArray())!["displayText"]!.GetValue<string>());
        Assert.Equal("États-Unis", Assert.Single(haley["countries"]!["termContentItems"]!.AsArray())!["displayText"]!.GetValue<string>());
        Assert.StartsWith("Le retrait des États-Unis", Assert.Single(haley["relatedAnalysis"]!["contentItems"]!.AsArray())!["displayText"]!.GetValue<string>(),
            StringComparison.Ordinal);
        Assert.Equal("Lo más destacado del ISHR en 2024", Assert.Single(data["highlight"]!.AsArray())!["displayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task Taxonomies_HoldTheNamedTopicsAndCountries()
    {
        var data = await QueryAsync(_site.Anonymous(), """
            { taxonomy { displayText alias { alias } taxonomy { contentItems { displayText } } } }
            """);

        var taxonomies = data["taxonomy"]!.AsArray();
        var countries = taxonomies.Single(t => t!["displayText"]!.GetValue<string>() == "Countries")!;
        Assert.Equal(
            ["Syria", "Yemen", "Burundi", "Myanmar", "South Sudan", "Sri Lanka", "North Korea", "United States"],
            countries["taxonomy"]!["contentItems"]!.AsArray().Select(t => t!["displayText"]!.GetValue<string>()));
        var topics = taxonomies.Single(t => t!["displayText"]!.GetValue<string>() == "Topics")!;
        Assert.Contains(topics["taxonomy"]!["contentItems"]!.AsArray(), t => t!["displayText"]!.GetValue<string>() == "Special Procedures");
        Assert.Equal("topics", topics["alias"]!["alias"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostLetter_Empty_Returns400NamingTitleRecipientAndSentDate()
    {
        var response = await _site.Admin().PostAsync(new Uri("/api/content", UriKind.Relative),
            JsonContent.Create(new JsonObject { ["ContentType"] = "Letter", ["TitlePart"] = new JsonObject(), ["AutoroutePart"] = new JsonObject() }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["/Letter/Recipient/Text", "/Letter/SentDate/Value", "/TitlePart/Title"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("The Title field is required.", errors["/TitlePart/Title"]![0]!.GetValue<string>());
        var atLetters = await QueryAsync(_site.Admin(), """{ letter(status: ALL, where: { path: "letters" }) { contentItemId } }""");
        Assert.Empty(atLetters["letter"]!.AsArray());
    }

    [Fact]
    public async Task CreateLetter_EmptyFormPublished_ShowsEachErrorBesideItsFieldAndStoresNothing()
    {
        using var client = _site.Admin();

        var response = await Cms.Tests.Admin.AdminForms.PostAsync(client, "/admin/contents/new/Letter", "/admin/contents/new/Letter",
            [new("TitlePart.Title", ""), new("Letter.Recipient.Text", ""), new("Letter.SentDate.Value", ""), new("submit", "publish")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches(FieldWithError("TitlePart_Title", "The Title field is required."), html);
        Assert.Matches(FieldWithError("Letter_Recipient_Text", "The Recipient field is required."), html);
        Assert.Matches(FieldWithError("Letter_SentDate_Value", "The Sent date field is required."), html);
        var atLetters = await QueryAsync(_site.Admin(), """{ letter(status: ALL, where: { path: "letters" }) { contentItemId } }""");
        Assert.Empty(atLetters["letter"]!.AsArray());
    }

    [Fact]
    public async Task LetterEditor_WordsFromTheDefinitions_NoTechnicalNamesPatternsOrOpenRanges()
    {
        var html = await _site.Admin().GetStringAsync(new Uri("/admin/contents/new/Letter", UriKind.Relative));

        Assert.Contains("<label for=\"AutoroutePart_Path\">Permalink</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"HtmlBodyPart_Html\">Body</label>", html, StringComparison.Ordinal);
        Assert.Contains("The text of the letter.", html, StringComparison.Ordinal);
        Assert.Contains("A whole number, at least 1.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<legend>Title</legend>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Autoroute<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Html Body", html, StringComparison.Ordinal);
        Assert.DoesNotContain("display_text | slugify", html, StringComparison.Ordinal);
        Assert.DoesNotContain("any", html.Split("A whole number", 2)[1].Split("</div>", 2)[0], StringComparison.Ordinal);
    }

    /// <summary>The field's block: its input, then (before the next field) the error.</summary>
    private static System.Text.RegularExpressions.Regex FieldWithError(string inputId, string message) =>
        new($"<div class=\"field has-error\">(?:(?!<div class=\"field[ \"]).)*id=\"{inputId}\"(?:(?!<div class=\"field[ \"]).)*{System.Text.RegularExpressions.Regex.Escape(message)}",
            System.Text.RegularExpressions.RegexOptions.Singleline);

    [Fact]
    public async Task Draft_AnonymousNeverSeesIt_PreviewRoleDoes()
    {
        var id = await CreateDraftLetterAsync("Draft letter for preview");
        const string query = "query($id: ID!) { letter(status: LATEST, where: { contentItemId: $id }) { displayText published } }";

        var anonymous = await PostAsync(_site.Anonymous(), query, new JsonObject { ["id"] = id });
        var published = await QueryAsync(_site.Anonymous(), $$"""{ letter(where: { contentItemId: "{{id}}" }) { displayText } }""");
        var preview = await QueryAsync(_site.ClientFor("4preview000000000000000000", "Preview"), query, new JsonObject { ["id"] = id });

        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.DoesNotContain("Draft letter for preview", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(published["letter"]!.AsArray());
        var draft = Assert.Single(preview["letter"]!.AsArray())!;
        Assert.Equal("Draft letter for preview", draft["displayText"]!.GetValue<string>());
        Assert.False(draft["published"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SetupRecipe_RunAgain_ChangesNothing()
    {
        _ = _site.Services;
        var runner = _site.Services.GetRequiredService<RecipeRunner>();
        var before = await FingerprintAsync();
        var recipe = await RecipeReader.ReadFileAsync(Path.Combine(AppContext.BaseDirectory, "recipes", "ishr.recipe.json"), CancellationToken.None);

        var (parameters, actor) = await Cms.Web.Hosting.SiteRecipeParameters.LoadAsync(_site.Services.GetRequiredService<DocumentStore>(), CancellationToken.None);

        var result = await runner.RunAsync(recipe, new RecipeRunRequest { Parameters = parameters, Actor = actor }, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(before, await FingerprintAsync());
    }

    private async Task<string> CreateDraftLetterAsync(string title)
    {
        var content = _site.Services.GetRequiredService<ContentStore>();
        await using var session = await content.OpenSessionAsync(new ContentActor("4admin0000000000000000000a", "admin"), CancellationToken.None);
        var item = session.New("Letter");
        item.GetOrCreatePart("TitlePart")["Title"] = title;
        item.GetOrCreatePart("Letter")["Recipient"] = new JsonObject { ["Text"] = "The Human Rights Council" };
        item.GetOrCreatePart("Letter")["SentDate"] = new JsonObject { ["Value"] = "2024-04-07" };
        await session.CreateAsync(item, VersionOptions.Draft, CancellationToken.None);
        await session.SaveChangesAsync(CancellationToken.None);
        return item.ContentItemId;
    }

    private async Task<string> FingerprintAsync()
    {
        var store = _site.Services.GetRequiredService<DocumentStore>();
        await using var session = await store.OpenReadSessionAsync(CancellationToken.None);
        var rows = await session.RowsAsync($"SELECT Id, Type, DocumentKey, Version, Content FROM {Tables.Documents} ORDER BY Id", [], CancellationToken.None);
        var index = await session.RowsAsync($"SELECT * FROM {Tables.ContentItemIndex} ORDER BY DocumentId", [], CancellationToken.None);
        return string.Join('\n', rows.Concat(index).Select(r => string.Join('|', r)));
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData(20, 20)]
    public async Task SignatoryCount_ApiWriteWithThreeSignatories_IsCountedUnlessGiven(int? posted, int stored)
    {
        var signatories = new JsonArray();
        foreach (var name in (string[])["First NGO", "Second NGO", "Third NGO"])
        {
            signatories.Add(new JsonObject { ["ContentType"] = "Signatory", ["TitlePart"] = new JsonObject { ["Title"] = name } });
        }

        var letter = new JsonObject
        {
            ["ContentType"] = "Letter",
            ["TitlePart"] = new JsonObject { ["Title"] = $"Counted letter {posted}" },
            ["Letter"] = new JsonObject
            {
                ["Recipient"] = new JsonObject { ["Text"] = "Human Rights Council" },
                ["SentDate"] = new JsonObject { ["Value"] = "2024-06-01" },
                ["SignatoryCount"] = new JsonObject { ["Value"] = posted },
            },
            ["Signatories"] = new JsonObject { ["ContentItems"] = signatories },
        };

        var response = await _site.Admin().PostAsync(new Uri("/api/content?draft=true", UriKind.Relative), JsonContent.Create(letter));

        var saved = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(stored, saved["Letter"]!["SignatoryCount"]!["Value"]!.GetValue<int>());
    }

    [Fact]
    public async Task LetterEditor_MoveDownPostedWithoutScripts_SwapsTheSignatories()
    {
        var admin = _site.Admin();
        var response = await Admin.AdminForms.PostAsync(admin, "/admin/contents/new/Letter", "/admin/contents/new/Letter",
        [
            new("Signatories.Present", "1"),
            new("Signatories.ContentItems.0.ContentType", "Signatory"),
            new("Signatories.ContentItems.0.TitlePart.Title", "First NGO"),
            new("Signatories.ContentItems.1.ContentType", "Signatory"),
            new("Signatories.ContentItems.1.TitlePart.Title", "Second NGO"),
            new("bagAction", "down|Signatories|0"),
        ]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"Signatories.ContentItems.0.TitlePart.Title\" value=\"Second NGO\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Signatories.ContentItems.1.TitlePart.Title\" value=\"First NGO\"", html, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string query, JsonObject? variables = null) =>
        await client.PostAsync(new Uri("/api/graphql", UriKind.Relative), JsonContent.Create(new JsonObject { ["query"] = query, ["variables"] = variables }));

    private static async Task<JsonNode> QueryAsync(HttpClient client, string query, JsonObject? variables = null)
    {
        var response = await PostAsync(client, query, variables);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var json = JsonNode.Parse(body)!;
        Assert.Null(json["errors"]);
        return json["data"]!;
    }
}
