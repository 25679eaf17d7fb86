using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cms.BrowserTests;

/// <summary>Journeys of an item's history: the trash and restoring from it, the unsaved-changes prompt, the list's filters.</summary>
public sealed class HistoryJourneyTests : BrowserJourney, IClassFixture<BrowserSite>
{
    public HistoryJourneyTests(BrowserSite site)
        : base(site)
    {
    }

    [Fact]
    public Task Trash_DeleteFromEditorThenRestore_ItemComesBackAsDraft() => JourneyAsync(nameof(Trash_DeleteFromEditorThenRestore_ItemComesBackAsDraft), async context =>
    {
        var page = await SignInAsync(context, "admin");
        var id = await CreateArticleAsync(page, "Trashed and restored", publish: true);
        string? question = null;
        page.Dialog += (_, dialog) => question = dialog.Message;

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "moved to the trash" })).ToBeVisibleAsync();
        Assert.Contains("Trashed and restored", question, StringComparison.Ordinal);

        await page.GotoAsync($"/admin/contents/{id}/edit");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This item is no longer here" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Open the trash" }).ClickAsync();
        await ScreenshotAsync(page, "trash");
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore Trashed and restored" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("restored as a draft");
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Trashed and restored");
        Assert.Equal(id, ItemId(page));
    });

    [Fact]
    public Task UnsavedChanges_LeavingAChangedEditor_AsksFirstButSavingDoesNot() => JourneyAsync(nameof(UnsavedChanges_LeavingAChangedEditor_AsksFirstButSavingDoesNot), async context =>
    {
        await SignInAsync(context, "admin");
        // A page of its own: the sign-in page accepts every dialog, this one records and dismisses them.
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        var asked = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Type);
            await dialog.DismissAsync();
            asked.TrySetResult(dialog.Type);
        };
        await page.GotoAsync("/admin/contents/new/Article");

        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        Assert.Empty(dialogs);

        await page.GotoAsync("/admin/contents/new/Article");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Not saved yet");
        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.EndsWith("/admin/contents/new/Article", page.Url, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("draft saved");
        Assert.Single(dialogs);
    });

    [Fact]
    public Task ContentList_TypeAndStatusControlsThenSortByTitle_LinkCarriesTheFilters() => JourneyAsync(nameof(ContentList_TypeAndStatusControlsThenSortByTitle_LinkCarriesTheFilters), async context =>
    {
        var page = await SignInAsync(context, "admin");
        await CreateArticleAsync(page, "Filtered B draft", publish: false);
        await CreateArticleAsync(page, "Filtered A draft", publish: false);
        await CreateArticleAsync(page, "Filtered published", publish: true);

        await page.GotoAsync("/admin/contents");
        await page.GetByLabel("Type", new() { Exact = true }).SelectOptionAsync("Article");
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("draft");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("type=Article.*status=draft"));
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Filtered published" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Title", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("status=draft.*sort=title"));
        var rows = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Filtered" });
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToContainTextAsync("Filtered A draft");
        await ScreenshotAsync(page, "content-list-filters");
    });
}
