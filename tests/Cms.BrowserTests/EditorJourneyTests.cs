using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cms.BrowserTests;

/// <summary>The editors' journeys of the admin, one test each, in Chromium against the real host.</summary>
public sealed class EditorJourneyTests : BrowserJourney, IClassFixture<BrowserSite>
{
    public EditorJourneyTests(BrowserSite site)
        : base(site)
    {
    }

    [Fact]
    public Task SignIn_WithPassword_ShowsDashboardAndWrongPasswordIsRefused() => JourneyAsync(nameof(SignIn_WithPassword_ShowsDashboardAndWrongPasswordIsRefused), async context =>
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/contents");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/login"));
        await ScreenshotAsync(page, "login");
        await page.GetByLabel("User name or e-mail").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not correct");

        page = await SignInAsync(context, "admin");
        await ScreenshotAsync(page, "dashboard");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/login"));
    });

    [Fact]
    public Task CreateUser_ThroughTheForm_CanSignIn() => JourneyAsync(nameof(CreateUser_ThroughTheForm_CanSignIn), async context =>
    {
        var page = await SignInAsync(context, "admin");
        await page.GotoAsync("/admin/users/new");
        await page.GetByLabel("User name").FillAsync("rosa");
        await page.GetByLabel("E-mail").FillAsync("rosa@example.org");
        await page.GetByLabel("Password").FillAsync(BrowserHost.Password);
        await Expect(page.GetByLabel("Enabled")).ToBeCheckedAsync();
        await page.GetByLabel("Author").CheckAsync();
        await ScreenshotAsync(page, "user-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        await page.GotoAsync("/admin/users?q=rosa");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "rosa@example.org" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        var rosa = await SignInAsync(context, "rosa");
        await Expect(rosa.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
    });

    [Fact]
    public Task CreateItem_EveryFieldKind_DraftIsHiddenUntilPublished() => JourneyAsync(nameof(CreateItem_EveryFieldKind_DraftIsHiddenUntilPublished), async context =>
    {
        var page = await SignInAsync(context, "admin");
        await page.GotoAsync("/admin/contents/new/Article");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Every field");
        await page.GetByLabel("Subtitle").FillAsync("A subtitle");
        await page.GetByLabel("Summary").FillAsync("Line one\nLine two");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Note" }).FillAsync("Rich note");
        await page.GetByLabel("Remarks", new() { Exact = true }).FillAsync("**bold** remark");
        await Expect(page.GetByLabel("Remarks preview")).ToContainTextAsync("bold");
        await page.GetByLabel("Rank").FillAsync("7");
        await page.GetByLabel("Featured").CheckAsync();
        await page.GetByLabel("Sent date").FillAsync("2024-04-07");
        await page.GetByLabel("Event at").FillAsync("2024-04-07T10:30");
        await page.GetByLabel("Starts at").FillAsync("09:15");
        await page.GetByLabel("URL (Website)").FillAsync("https://example.test/");
        await page.GetByLabel("Link text (Website)").FillAsync("Example");
        await page.GetByLabel("Climate").CheckAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Body" }).FillAsync("The body text");
        await ScreenshotAsync(page, "editor-new-article");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("draft saved");
        var id = ItemId(page);

        var query = $$"""
            { contentItem(contentItemId: "{{id}}") { displayText ... on Article {
                subtitle summary rank featured sentDate startsAt path
                website { url text } topics { termContentItems { displayText } } htmlBody { html } } } }
            """;
        Assert.Equal(JsonValueKind.Null, (await AnonymousGraphQLAsync(query))["contentItem"]?.GetValueKind() ?? JsonValueKind.Null);

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("published");
        var article = (await AnonymousGraphQLAsync(query))["contentItem"]!;
        Assert.Equal("Every field", (string?)article["displayText"]);
        Assert.Equal("A subtitle", (string?)article["subtitle"]);
        Assert.Equal("Line one\nLine two", ((string?)article["summary"])?.ReplaceLineEndings("\n"));
        Assert.Equal(7m, (decimal?)article["rank"]);
        Assert.True((bool?)article["featured"]);
        Assert.StartsWith("2024-04-07", (string?)article["sentDate"]);
        Assert.StartsWith("09:15", (string?)article["startsAt"]);
        Assert.Equal("https://example.test/", (string?)article["website"]!["url"]);
        Assert.Equal("Example", (string?)article["website"]!["text"]);
        Assert.Equal("Climate", (string?)article["topics"]!["termContentItems"]![0]!["displayText"]);
        Assert.Contains("The body text", (string?)article["htmlBody"]!["html"], StringComparison.Ordinal);
        Assert.Equal("/articles/every-field", "/" + ((string?)article["path"])?.TrimStart('/'));
    });

    [Fact]
    public Task EditPublished_SavesDraft_ShowsDraftAndPublishedSideBySide() => JourneyAsync(nameof(EditPublished_SavesDraft_ShowsDraftAndPublishedSideBySide), async context =>
    {
        var page = await SignInAsync(context, "admin");
        var id = await CreateArticleAsync(page, "Side by side v1", publish: true);
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Side by side v2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Compare draft and published" }).ClickAsync();
        // The title's row comes first (TitlePart is the type's first part): its changed word is struck out and put in.
        var title = page.Locator("table.compare tbody tr").First;
        await Expect(title.Locator("del")).ToHaveTextAsync("v1");
        await Expect(title.Locator("ins")).ToHaveTextAsync("v2");
        await Expect(title).ToContainTextAsync("Changed");
        await ScreenshotAsync(page, "compare");

        await page.GotoAsync("/admin/contents?q=" + Uri.EscapeDataString("\"Side by side\""));
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Side by side v2" });
        await Expect(row).ToContainTextAsync("Published");
        await Expect(row).ToContainTextAsync("Draft");
        await ScreenshotAsync(page, "content-list");
        Assert.NotEmpty(id);
    });

    [Fact]
    public Task Versions_RestoreOldVersion_BecomesTheDraft() => JourneyAsync(nameof(Versions_RestoreOldVersion_BecomesTheDraft), async context =>
    {
        var page = await SignInAsync(context, "admin");
        var id = await CreateArticleAsync(page, "Restore me first", publish: true);
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Restore me second");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Versions" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "View version 1" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Version 1" })).ToContainTextAsync("Restore me first");
        await ScreenshotAsync(page, "versions");
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore version 1 as a draft" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("restored");
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Restore me first");
        Assert.Equal(id, ItemId(page));
    });

    [Fact]
    public Task Media_UploadImage_AttachToItem() => JourneyAsync(nameof(Media_UploadImage_AttachToItem), async context =>
    {
        var page = await SignInAsync(context, "admin");
        await page.GotoAsync("/admin/media");
        await page.GetByLabel("Upload files").SetInputFilesAsync(new FilePayload { Name = "harbour.png", MimeType = "image/png", Buffer = TinyPng });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "harbour.png" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "media-library");

        await page.GotoAsync("/admin/contents/new/Article");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("With an image");
        await page.GetByRole(AriaRole.Button, new() { Name = "Choose from library" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "harbour.png" }).ClickAsync();
        await page.GetByLabel("Alt text for harbour.png").FillAsync("The harbour at dawn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("published");
        await Expect(page.GetByLabel("Alt text for harbour.png")).ToHaveValueAsync("The harbour at dawn");

        using var http = new HttpClient { BaseAddress = new Uri(Site.BaseUrl) };
        var media = await http.GetAsync("/media/harbour.png");
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        var item = JsonNode.Parse(await http.GetStringAsync($"/api/content/{ItemId(page)}"))!;
        Assert.Equal("harbour.png", (string?)item["Article"]!["Image"]!["Paths"]![0]);
        Assert.Equal("The harbour at dawn", (string?)item["Article"]!["Image"]!["MediaTexts"]![0]);
    });

    [Fact]
    public Task ContentPicker_SearchAsYouType_PicksRelatedItem() => JourneyAsync(nameof(ContentPicker_SearchAsYouType_PicksRelatedItem), async context =>
    {
        var page = await SignInAsync(context, "admin");
        var target = await CreateArticleAsync(page, "Picker target alpha", publish: true);
        await page.GotoAsync("/admin/contents/new/Article");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Picker source");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Related" }).PressSequentiallyAsync("target alp");
        await page.GetByRole(AriaRole.Option, new() { Name = "Picker target alpha (Article)" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Related selected" })).ToContainTextAsync("Picker target alpha");

        using var http = new HttpClient { BaseAddress = new Uri(Site.BaseUrl) };
        var item = JsonNode.Parse(await http.GetStringAsync($"/api/content/{ItemId(page)}"))!;
        Assert.Equal(target, (string?)item["Article"]!["Related"]!["ContentItemIds"]![0]);
    });

    [Fact]
    public Task TwoEditors_SecondSave_GetsConflictMessage() => JourneyAsync(nameof(TwoEditors_SecondSave_GetsConflictMessage), async context =>
    {
        var first = await SignInAsync(context, "admin");
        await CreateArticleAsync(first, "Contested", publish: false);
        var second = await context.NewPageAsync();
        await second.GotoAsync(first.Url);

        await first.GetByLabel("Subtitle").FillAsync("First editor's subtitle");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("draft saved");

        await second.GetByLabel("Subtitle").FillAsync("Second editor's subtitle");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(second.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Your changes were not saved");
        await Expect(second.GetByLabel("Subtitle")).ToHaveValueAsync("Second editor's subtitle");
        await ScreenshotAsync(second, "conflict");
        await second.GetByRole(AriaRole.Link, new() { Name = "Reload the latest version" }).ClickAsync();
        await Expect(second.GetByLabel("Subtitle")).ToHaveValueAsync("First editor's subtitle");
    });

    [Fact]
    public Task Author_CannotPublish_NorSeeOthersDrafts() => JourneyAsync(nameof(Author_CannotPublish_NorSeeOthersDrafts), async context =>
    {
        var bob = await SignInAsync(context, "bob");
        await CreateArticleAsync(bob, "Bob's secret draft", publish: false);
        await bob.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        var alice = await SignInAsync(context, "alice");
        await alice.GotoAsync("/admin/contents/new/Article");
        await Expect(alice.GetByRole(AriaRole.Button, new() { Name = "Save draft" })).ToBeVisibleAsync();
        await Expect(alice.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true })).ToHaveCountAsync(0);
        await alice.GotoAsync("/admin/contents");
        await Expect(alice.GetByRole(AriaRole.Table)).Not.ToContainTextAsync("Bob's secret draft");
        await ScreenshotAsync(alice, "author-content-list");
        await alice.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync(alice, "author-content-list-390");
    });

    [Fact]
    public Task ApiKey_CreatedAndShownOnce_ReadsGraphQL_RevokedIsRefused() => JourneyAsync(nameof(ApiKey_CreatedAndShownOnce_ReadsGraphQL_RevokedIsRefused), async context =>
    {
        var page = await SignInAsync(context, "admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "API keys" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Website");
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("Administrator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("cannot be shown again");
        var key = await page.GetByLabel("Key", new() { Exact = true }).InputValueAsync();
        await ScreenshotAsync(page, "api-keys");

        Assert.Equal(HttpStatusCode.OK, await BearerGraphQLStatusAsync(key));

        await page.GotoAsync("/admin/api-keys");
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke key Website" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("revoked");
        Assert.Equal(HttpStatusCode.Unauthorized, await BearerGraphQLStatusAsync(key));
    });

    private async Task<HttpStatusCode> BearerGraphQLStatusAsync(string key)
    {
        using var http = new HttpClient { BaseAddress = new Uri(Site.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql") { Content = JsonContent.Create(new { query = "{ article { displayText } }" }) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>A 2×2 PNG.</summary>
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");
}
