using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cms.BrowserTests;

/// <summary>
/// The letter editor as a newcomer meets it: the words come from the definitions, and an empty letter cannot be
/// published; each missing value is named beside its field, and filling them publishes.
/// </summary>
public sealed class RequiredFieldsJourneyTests : BrowserJourney, IClassFixture<IshrBrowserSite>
{
    public RequiredFieldsJourneyTests(IshrBrowserSite site)
        : base(site)
    {
    }

    [Fact]
    public Task Letter_PublishedEmpty_NamesEachMissingValueBesideItsFieldThenPublishesWhenFilled() => JourneyAsync(
        nameof(Letter_PublishedEmpty_NamesEachMissingValueBesideItsFieldThenPublishesWhenFilled), async context =>
    {
        var page = await SignInAsync(context, "admin");
        await page.GotoAsync("/admin/contents/new/Letter");

        await Expect(page.GetByLabel("Permalink", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Autoroute");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Html Body");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("slugify");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();

        await Expect(FieldGroup(page, "Title")).ToContainTextAsync("The Title field is required.");
        await Expect(FieldGroup(page, "Recipient")).ToContainTextAsync("The Recipient field is required.");
        await Expect(FieldGroup(page, "Sent date")).ToContainTextAsync("The Sent date field is required.");
        await Expect(page.Locator(".field-error")).ToHaveCountAsync(3);

        await page.GetByLabel("Title", new() { Exact = true }).First.FillAsync("Letter with every required value");
        await page.GetByLabel("Recipient").FillAsync("The Human Rights Council");
        await page.GetByLabel("Sent date").FillAsync("2024-04-07");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("published");
        await Expect(page.Locator(".field-error")).ToHaveCountAsync(0);
    });

    /// <summary>The element that holds a field's label, its input and its error.</summary>
    private static ILocator FieldGroup(IPage page, string label) =>
        page.Locator("div", new() { Has = page.GetByText(label, new() { Exact = true }) })
            .Filter(new() { Has = page.Locator("input, textarea") })
            .Last;
}
