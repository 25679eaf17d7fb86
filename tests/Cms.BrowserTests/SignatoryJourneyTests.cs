using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cms.BrowserTests;

/// <summary>A letter's signatories (a BagPart) are edited in place: no reloads, keyboard and drag reordering, collapse, paste.</summary>
public sealed class SignatoryJourneyTests : BrowserJourney, IClassFixture<IshrBrowserSite>
{
    /// <summary>When set, the paste journey also writes the editor's screenshots at 1366 and 390 px into this folder.</summary>
    private const string ScreensVariable = "CMS_EDITOR_SCREENS";

    public SignatoryJourneyTests(IshrBrowserSite site)
        : base(site)
    {
    }

    [Fact]
    public Task Signatories_AddMoveCollapseRemove_InPlaceWithoutReload() => JourneyAsync(nameof(Signatories_AddMoveCollapseRemove_InPlaceWithoutReload), async context =>
    {
        var page = await NewLetterAsync(context, "Letter edited in place");
        var bag = await AddAsync(page, "Alpha NGO", "Beta NGO", "Gamma NGO");

        // From the keyboard: Enter on Move down, and the focus stays on the moved item's button.
        await bag.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Move down" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(bag.Nth(1).Locator(":scope > legend")).ToHaveTextAsync("Signatory 2: Alpha NGO");
        await Expect(bag.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Move down" })).ToBeFocusedAsync();
        await bag.Nth(2).GetByRole(AriaRole.Button, new() { Name = "Move up" }).ClickAsync();
        await Expect(bag.Locator(":scope > legend")).ToHaveTextAsync(["Signatory 1: Beta NGO", "Signatory 2: Gamma NGO", "Signatory 3: Alpha NGO"]);
        await Expect(bag.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Move up" })).ToBeDisabledAsync();

        await bag.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Collapse" }).ClickAsync();
        await Expect(bag.Nth(0).GetByLabel("Organisation name", new() { Exact = true })).ToBeHiddenAsync();
        await Expect(bag.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Expand Signatory 1" })).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(bag.Nth(0).Locator(":scope > legend")).ToHaveTextAsync("Signatory 1: Beta NGO");

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Signatory 3" }).ClickAsync();
        await Expect(bag).ToHaveCountAsync(2);
        Assert.True(await page.EvaluateAsync<bool>("() => window.openedOnce === true"), "The page reloaded.");

        var letter = await PublishAsync(page);
        Assert.Equal(["Beta NGO", "Gamma NGO"], Names(letter));
        Assert.Equal(2, (int?)letter["signatoryCount"]);
    });

    [Fact]
    public Task Signatories_DraggedByTheHandle_AreReordered() => JourneyAsync(nameof(Signatories_DraggedByTheHandle_AreReordered), async context =>
    {
        var page = await NewLetterAsync(context, "Letter reordered by dragging");
        var bag = await AddAsync(page, "Alpha NGO", "Beta NGO", "Gamma NGO");

        // Collapsed, as a long list is, the three fit on the screen; then the mouse as a person moves it: press on
        // the third item's handle, move in steps to the top of the first item, release.
        for (var i = 0; i < 3; i++)
        {
            await bag.Nth(i).GetByRole(AriaRole.Button, new() { Name = "Collapse" }).ClickAsync();
        }

        await bag.Nth(2).Locator("[data-bag-handle]").HoverAsync();
        await page.Mouse.DownAsync();
        var first = (await bag.Nth(0).BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(first.X + 40, first.Y + 6, new() { Steps = 8 });
        await page.Mouse.UpAsync();

        await Expect(bag.Locator(":scope > legend")).ToHaveTextAsync(["Signatory 1: Gamma NGO", "Signatory 2: Alpha NGO", "Signatory 3: Beta NGO"]);
        var letter = await PublishAsync(page);
        Assert.Equal(["Gamma NGO", "Alpha NGO", "Beta NGO"], Names(letter));
    });

    [Fact]
    public Task Signatories_PastedList_OneEach_AndTheCountFollowsUnlessTyped() => JourneyAsync(nameof(Signatories_PastedList_OneEach_AndTheCountFollowsUnlessTyped), async context =>
    {
        var page = await NewLetterAsync(context, "Letter with a pasted list");
        await page.GetByRole(AriaRole.Button, new() { Name = "Paste a list of names" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Paste a list of names" });
        await dialog.GetByLabel("Names, one per line").FillAsync("Amnesty International\nHuman Rights Watch\n\n  CIVICUS  \nISHR\nFIDH");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add these names" }).ClickAsync();

        var bag = page.Locator("fieldset.bag-item");
        await Expect(bag).ToHaveCountAsync(5);
        await Expect(bag.Nth(2).Locator(":scope > legend")).ToHaveTextAsync("Signatory 3: CIVICUS");
        var count = page.GetByLabel("Number of signatories");
        await Expect(count).ToHaveAttributeAsync("placeholder", "5, counted from the list");
        var letter = await PublishAsync(page);
        Assert.Equal(["Amnesty International", "Human Rights Watch", "CIVICUS", "ISHR", "FIDH"], Names(letter));
        Assert.Equal(5, (int?)letter["signatoryCount"]);

        // Reopened, the count is the list's again (left empty); a typed number overrides it.
        await page.GotoAsync($"/admin/contents/{ItemId(page)}/edit");
        await Expect(count).ToHaveValueAsync("");
        await Expect(bag.Nth(0).GetByLabel("Organisation name", new() { Exact = true })).ToBeHiddenAsync();
        await SaveScreensAsync(page);
        await count.FillAsync("20");
        Assert.Equal(20, (int?)(await PublishAsync(page))["signatoryCount"]);
    });

    private static async Task<IPage> NewLetterAsync(IBrowserContext context, string title)
    {
        var page = await SignInAsync(context, "admin");
        await page.GotoAsync("/admin/contents/new/Letter");
        await page.GetByLabel("Title", new() { Exact = true }).First.FillAsync(title);
        await page.GetByLabel("Recipient").FillAsync("The Human Rights Council");
        await page.GetByLabel("Sent date").FillAsync("2024-04-07");
        await page.EvaluateAsync("() => { window.openedOnce = true; }");
        return page;
    }

    private static async Task<ILocator> AddAsync(IPage page, params string[] names)
    {
        var bag = page.Locator("fieldset.bag-item");
        foreach (var name in names)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Add Signatory" }).ClickAsync();
            var title = bag.Last.GetByLabel("Organisation name", new() { Exact = true });
            await Expect(title).ToBeFocusedAsync();
            await title.FillAsync(name);
        }

        return bag;
    }

    private async Task<JsonNode> PublishAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("published");
        var data = await AnonymousGraphQLAsync(
            $$"""{ contentItem(contentItemId: "{{ItemId(page)}}") { ... on Letter { signatoryCount signatories { contentItems { displayText } } } } }""");
        return data["contentItem"]!;
    }

    private static List<string> Names(JsonNode letter) =>
        [.. letter["signatories"]!["contentItems"]!.AsArray().Select(i => (string?)i!["displayText"] ?? "")];

    private static async Task SaveScreensAsync(IPage page)
    {
        if (Environment.GetEnvironmentVariable(ScreensVariable) is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await page.Locator("fieldset.bag-item").Nth(1).GetByRole(AriaRole.Button, new() { Name = "Expand" }).ClickAsync();
        foreach (var width in (int[])[1366, 390])
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"editor-{width}.png"), FullPage = true });
        }

        await page.Locator("fieldset.bag-item").Nth(1).GetByRole(AriaRole.Button, new() { Name = "Collapse" }).ClickAsync();
        await page.SetViewportSizeAsync(1280, 900);
    }
}
