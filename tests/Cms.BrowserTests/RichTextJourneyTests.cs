using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cms.BrowserTests;

/// <summary>The letter's body editor: every block kind survives a save and a reopen, and the keyboard alone can write and publish a letter.</summary>
public sealed class RichTextJourneyTests : BrowserJourney, IClassFixture<IshrBrowserSite>
{
    // What a focused control shows: its own outline or shadow, or (in the body editor) the editor's frame.
    private const string FocusRingScript = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return '';
          const ring = (el) => { const s = getComputedStyle(el); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; };
          const s = getComputedStyle(e);
          return ring(e.closest('.ql-container') ?? e) ? '' : `${e.outerHTML.slice(0, 120)} ${s.outlineStyle} ${s.outlineWidth} ${e.matches(':focus')} ${e.matches(':focus-within')}`;
        }
        """;

    public RichTextJourneyTests(IshrBrowserSite site)
        : base(site)
    {
    }

    [Fact]
    public Task Body_EveryBlockKind_RoundTripsThroughSaveGraphQLAndReopen() => JourneyAsync(nameof(Body_EveryBlockKind_RoundTripsThroughSaveGraphQLAndReopen), async context =>
    {
        var page = await SignInAsync(context, "admin");
        await page.GotoAsync("/admin/contents/new/Letter");
        await page.GetByLabel("Title", new() { Exact = true }).First.FillAsync("Letter with every block kind");
        await page.GetByLabel("Recipient").FillAsync("The Human Rights Council");
        await page.GetByLabel("Sent date").FillAsync("2024-04-07");
        var body = page.GetByRole(AriaRole.Textbox, new() { Name = "Body" });
        await body.ClickAsync();
        await TypeLineAsync(page, "Opening paragraph");
        await HeadingAsync(page, "Heading 2", "Section heading");
        await HeadingAsync(page, "Heading 3", "Sub heading");
        await ListAsync(page, "Bulleted list", "First point", "Second point");
        await ListAsync(page, "Numbered list", "Step one", "Step two");
        await page.GetByRole(AriaRole.Button, new() { Name = "Quote", Exact = true }).ClickAsync();
        await TypeLineAsync(page, "A quoted line");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Read the report");
        await page.Keyboard.PressAsync("Shift+Home");
        await page.GetByRole(AriaRole.Button, new() { Name = "Link", Exact = true }).ClickAsync();
        await page.Locator(".ql-tooltip input[type=text]").FillAsync("https://ishr.example/report");
        await page.Locator(".ql-tooltip input[type=text]").PressAsync("Enter");
        await body.PressAsync("Control+End");
        await page.Keyboard.PressAsync("Enter");
        await InsertImageAsync(page, "The ISHR placeholder");
        await ScreenshotAsync(page, "editor-every-block");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("published");

        var id = ItemId(page);
        var saved = await BodyAsync(id);
        foreach (var expected in (string[])[
            "<p>Opening paragraph</p>", "<h2>Section heading</h2>", "<h3>Sub heading</h3>",
            "<ul><li>First point</li><li>Second point</li></ul>", "<ol><li>Step one</li><li>Step two</li></ol>",
            "<blockquote>A quoted line</blockquote>", "href=\"https://ishr.example/report\"", ">Read the report</a>",
            "src=\"/media/ishr/placeholder.png\"", "alt=\"The ISHR placeholder\""])
        {
            Assert.Contains(expected, saved, StringComparison.Ordinal);
        }

        foreach (var editorOnly in (string[])["data-list", "contenteditable", "ql-", "&nbsp;"])
        {
            Assert.DoesNotContain(editorOnly, saved, StringComparison.Ordinal);
        }

        // Reopened, the editor shows the same blocks, and saving again after one more word changes nothing else.
        await page.GotoAsync($"/admin/contents/{id}/edit");
        var editor = page.Locator(".ql-editor");
        await Expect(editor.Locator("li[data-list=bullet]")).ToHaveCountAsync(2);
        await Expect(editor.Locator("li[data-list=ordered]")).ToHaveCountAsync(2);
        await Expect(editor.Locator("h2")).ToHaveTextAsync("Section heading");
        await Expect(editor.Locator("h3")).ToHaveTextAsync("Sub heading");
        await Expect(editor.Locator("blockquote")).ToHaveTextAsync("A quoted line");
        await Expect(editor.Locator("img[alt='The ISHR placeholder']")).ToHaveCountAsync(1);
        await body.PressAsync("Control+End");
        await page.Keyboard.TypeAsync(" End");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("published");
        Assert.Equal(saved, (await BodyAsync(id)).Replace(" End", "", StringComparison.Ordinal));
    });

    [Fact]
    public Task Letter_KeyboardOnly_WrittenAndPublished() => JourneyAsync(nameof(Letter_KeyboardOnly_WrittenAndPublished), async context =>
    {
        var page = await SignInAsync(context, "admin");
        await page.GotoAsync("/admin/contents/new/Letter");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement === document.body"), "Nothing should take the focus on load.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Text style" })).ToBeVisibleAsync();

        await TabToAsync(page, "input[name='TitlePart.Title']");
        await page.Keyboard.TypeAsync("Letter written with the keyboard");
        await TabToAsync(page, "input[name='Letter.Recipient.Text']");
        await page.Keyboard.TypeAsync("The Human Rights Council");

        // The date input takes its parts in the browser's order (month, day, year in Chromium's default en-US).
        await TabToAsync(page, "input[name='Letter.SentDate.Value']");
        await page.Keyboard.TypeAsync("04072024");
        await Expect(page.Locator("input[name='Letter.SentDate.Value']")).ToHaveValueAsync("2024-04-07");
        await TabToAsync(page, ".ql-editor");
        await page.Keyboard.TypeAsync("We write to the Council.");
        await page.Keyboard.PressAsync("Tab");
        Assert.False(await InBodyAsync(page), "Tab should leave the body editor.");
        await page.Keyboard.PressAsync("Shift+Tab");
        Assert.True(await InBodyAsync(page), "Shift+Tab should come back into the body editor.");
        await page.Keyboard.PressAsync("Shift+Tab");
        Assert.False(await InBodyAsync(page), "Shift+Tab should leave the body editor backwards.");
        Assert.Equal("", await page.EvaluateAsync<string>(FocusRingScript));

        await TabToAsync(page, "button[value=publish]");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("published");
        Assert.Equal("<p>We write to the Council.</p>", await BodyAsync(ItemId(page)));
    });

    private static async Task TypeLineAsync(IPage page, string text)
    {
        await page.Keyboard.TypeAsync(text);
        await page.Keyboard.PressAsync("Enter");
    }

    private static async Task HeadingAsync(IPage page, string style, string text)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Text style" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = style, Exact = true }).ClickAsync();
        await TypeLineAsync(page, text);
    }

    /// <summary>Starts a list with its toolbar button, types the items and leaves the list with a second Enter.</summary>
    private static async Task ListAsync(IPage page, string button, params string[] items)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        foreach (var item in items)
        {
            await TypeLineAsync(page, item);
        }

        await page.Keyboard.PressAsync("Enter");
    }

    private static async Task InsertImageAsync(IPage page, string alt)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Insert image", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Insert image" });
        await Expect(dialog.GetByRole(AriaRole.Radio, new() { Name = "ishr/placeholder.png" })).ToBeCheckedAsync();
        await dialog.GetByLabel("Alt text").FillAsync(alt);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Insert image" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.Locator($".ql-editor img[alt='{alt}']")).ToHaveCountAsync(1);
    }

    /// <summary>Presses Tab until the focus is on <paramref name="selector"/>; every control passed on the way must show a focus ring.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 150; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var missing = await page.EvaluateAsync<string>(FocusRingScript);
            Assert.True(missing.Length == 0, $"No focus ring on {missing}");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector}.");
    }

    private static Task<bool> InBodyAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.activeElement?.classList.contains('ql-editor') ?? false");

    private async Task<string> BodyAsync(string id)
    {
        var data = await AnonymousGraphQLAsync($$"""{ contentItem(contentItemId: "{{id}}") { ... on Letter { htmlBody { html } } } }""");
        return (string?)data["contentItem"]!["htmlBody"]!["html"] ?? "";
    }
}
