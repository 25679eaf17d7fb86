using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cms.BrowserTests;

/// <summary>Journeys on the NGO's site as setup makes it: bags of signatories, preview, recipes, and every admin page's look.</summary>
public sealed class IshrJourneyTests : BrowserJourney, IClassFixture<IshrBrowserSite>
{
    private const string TopicsId = "31awv3frvtrkn8wyk4jvr92hth";

    private static readonly (string Type, string Pick)[] PreviewSamples = [("letter", "Haley"), ("analysis", "withdrawal"), ("highlight", "")];

    public IshrJourneyTests(IshrBrowserSite site)
        : base(site)
    {
    }

    [Fact]
    public Task Letter_AddReorderAndRemoveSignatories_GraphQLReturnsTheBag() => JourneyAsync(nameof(Letter_AddReorderAndRemoveSignatories_GraphQLReturnsTheBag), async context =>
    {
        var page = await SignInAsync(context, "admin");
        await page.GotoAsync("/admin/contents/new/Letter");
        await page.GetByLabel("Title", new() { Exact = true }).First.FillAsync("Letter with a bag");
        await page.GetByLabel("Recipient").FillAsync("The Human Rights Council");
        await page.GetByLabel("Sent date").FillAsync("2024-04-07");
        var bag = page.Locator("fieldset.bag-item");
        foreach (var name in (string[])["First NGO", "Second NGO", "Third NGO"])
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Add Signatory" }).ClickAsync();
            await bag.Last.GetByLabel("Organisation name", new() { Exact = true }).FillAsync(name);
        }

        await bag.Nth(2).GetByRole(AriaRole.Button, new() { Name = "Move up" }).ClickAsync();
        await Expect(bag.Nth(1).GetByLabel("Organisation name", new() { Exact = true })).ToHaveValueAsync("Third NGO");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Signatory 1" }).ClickAsync();
        await Expect(bag).ToHaveCountAsync(2);
        await ScreenshotAsync(page, "editor-letter-bag");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("published");

        var data = await AnonymousGraphQLAsync(
            $$"""{ contentItem(contentItemId: "{{ItemId(page)}}") { ... on Letter { signatories { contentItems { displayText } } } } }""");
        var names = data["contentItem"]!["signatories"]!["contentItems"]!.AsArray().Select(i => (string?)i!["displayText"]);
        Assert.Equal(["Third NGO", "Second NGO"], names);
    });

    [Fact]
    public Task Preview_DraftLetterFromTheEditor_AndEachTemplate() => JourneyAsync(nameof(Preview_DraftLetterFromTheEditor_AndEachTemplate), async context =>
    {
        var page = await SignInAsync(context, "admin");
        await page.GotoAsync("/admin/contents/new/Letter");
        await page.GetByLabel("Title", new() { Exact = true }).First.FillAsync("A draft letter for preview");
        await page.GetByLabel("Recipient").FillAsync("The Human Rights Council");
        await page.GetByLabel("Sent date").FillAsync("2024-04-07");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Body" }).FillAsync("We urge the Council to act.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("draft saved");

        var preview = await page.RunAndWaitForPopupAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Preview", Exact = true }).ClickAsync());
        await Expect(preview.GetByRole(AriaRole.Heading, new() { Name = "A draft letter for preview" })).ToBeVisibleAsync();
        await Expect(preview.Locator("body")).ToContainTextAsync("We urge the Council to act.");
        await ScreenshotAsync(preview, "preview-draft-letter");

        // The richest sample of each type: the Haley letter (signatories, related analysis, image), the US withdrawal analysis.
        var samples = await AnonymousGraphQLAsync("{ letter { contentItemId displayText } analysis { contentItemId displayText } highlight { contentItemId displayText } }");
        foreach (var (type, pick) in PreviewSamples)
        {
            var items = samples[type]!.AsArray();
            var item = items.FirstOrDefault(i => ((string?)i!["displayText"] ?? "").Contains(pick, StringComparison.Ordinal)) ?? items[0];
            await preview.GotoAsync($"/preview/{(string?)item!["contentItemId"]}");
            await Expect(preview.Locator("h1")).ToBeVisibleAsync();
            await ScreenshotAsync(preview, $"preview-{type}");
        }

        await preview.GotoAsync("/preview/list/Letter");
        await Expect(preview.GetByRole(AriaRole.Link).First).ToBeVisibleAsync();
        await ScreenshotAsync(preview, "preview-list");
    });

    [Fact]
    public Task Recipes_RunPastedRecipe_ShowsReport_AndExportDownloads() => JourneyAsync(nameof(Recipes_RunPastedRecipe_ShowsReport_AndExportDownloads), async context =>
    {
        var page = await SignInAsync(context, "admin");
        await page.GotoAsync("/admin/recipes");
        await page.GetByLabel("Or paste the recipe's JSON").FillAsync("""
            { "name": "browser-highlight", "steps": [ { "name": "Content", "data": [ {
                "ContentItemId": "4browserhighlight00000000h", "ContentType": "Highlight", "DisplayText": "Highlight from a recipe",
                "Latest": true, "Published": true, "TitlePart": { "Title": "Highlight from a recipe" }, "Highlight": {} } ] } ] }
            """);
        await page.GetByRole(AriaRole.Button, new() { Name = "Run recipe" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The recipe ran: 1 step(s)");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Content" })).ToContainTextAsync("Executed");
        await ScreenshotAsync(page, "recipes-report");

        await page.GetByLabel("Highlight", new() { Exact = true }).CheckAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download recipe" }).ClickAsync());
        Assert.Equal("export.recipe.json", download.SuggestedFilename);
        var exported = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("Highlight from a recipe", exported, StringComparison.Ordinal);

        await page.GotoAsync("/admin/contents?type=Highlight");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Highlight from a recipe");
    });

    [Fact]
    public Task EveryMainAdminPage_At1280And390() => JourneyAsync(nameof(EveryMainAdminPage_At1280And390), async context =>
    {
        var page = await SignInAsync(context, "admin");
        await page.GotoAsync("/admin/content-types");
        await page.GetByLabel("Display name").FillAsync("Press Release – Été");
        await Expect(page.GetByLabel("Technical name", new() { Exact = true })).ToHaveValueAsync("PressReleaseEte");

        var letters = await AnonymousGraphQLAsync("{ letter { contentItemId } }");
        var letterId = (string?)letters["letter"]![0]!["contentItemId"];
        var pages = new (string Name, string Url)[]
        {
            ("dashboard", "/admin"),
            ("content-list", "/admin/contents"),
            ("content-list-letters", "/admin/contents?type=Letter"),
            ("editor-letter", $"/admin/contents/{letterId}/edit"),
            ("versions", $"/admin/contents/{letterId}/versions"),
            ("media", "/admin/media"),
            ("content-types", "/admin/content-types"),
            ("content-type-letter", "/admin/content-types/Letter"),
            ("content-type-part-signatories", "/admin/content-types/Letter/parts/Signatories"),
            ("content-field-summary", "/admin/content-types/parts/Letter/fields/Summary"),
            ("taxonomies", "/admin/taxonomies"),
            ("taxonomy-terms", $"/admin/taxonomies/{TopicsId}"),
            ("users", "/admin/users"),
            ("user-new", "/admin/users/new"),
            ("roles", "/admin/roles"),
            ("role-editor", "/admin/roles/Editor"),
            ("recipes", "/admin/recipes"),
        };
        foreach (var width in (int[])[1280, 390])
        {
            await page.SetViewportSizeAsync(width, width == 390 ? 844 : 900);
            foreach (var (name, url) in pages)
            {
                var response = await page.GotoAsync(url);
                Assert.True(response?.Ok, $"{url} answered {response?.Status}");
                await ScreenshotAsync(page, $"admin-{name}-{width}");
            }
        }
    });
}
