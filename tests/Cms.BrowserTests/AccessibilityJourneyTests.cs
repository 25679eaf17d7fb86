using System.Text.Json;
using Cms.BrowserTests.Clients;
using Microsoft.Playwright;

namespace Cms.BrowserTests;

/// <summary>
/// axe-core (npm, installed with tests/clients' other packages at test time) finds no violation on the pages editors
/// live in, on the NGO's site: any violation fails, listed with its rule and the elements it found.
/// </summary>
public sealed class AccessibilityJourneyTests : BrowserJourney, IClassFixture<IshrBrowserSite>
{
    private const string LetterId = "e7n62ka8jrz2ydv6pjwrn0bv4f";

    public AccessibilityJourneyTests(IshrBrowserSite site)
        : base(site)
    {
    }

    [Fact]
    public Task Axe_EditorsPages_ReportNoViolations() => JourneyAsync(nameof(Axe_EditorsPages_ReportNoViolations), async context =>
    {
        var axe = await NodeClientSuite.InstalledFileAsync("axe-core/axe.min.js");
        var page = await SignInAsync(context, "admin");
        var found = new List<string>();

        // A draft beside the published letter, so the compare and versions pages have something to show.
        await page.GotoAsync($"/admin/contents/{LetterId}/edit");
        await page.GetByLabel("Title", new() { Exact = true }).First.FillAsync("Joint letter of 18 NGOs, second draft");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("draft saved");

        foreach (var path in new[]
        {
            "/admin", "/admin/contents", $"/admin/contents/{LetterId}/edit", "/admin/contents/new/Letter", "/admin/media",
            $"/admin/contents/{LetterId}/compare", $"/admin/contents/{LetterId}/versions", "/admin/users", "/admin/trash",
        })
        {
            await page.GotoAsync(path);
            found.AddRange(await ViolationsAsync(page, axe, path));
        }

        await page.GotoAsync($"/admin/contents/{LetterId}/versions");
        await page.GetByRole(AriaRole.Link, new() { Name = "View version" }).First.ClickAsync();
        found.AddRange(await ViolationsAsync(page, axe, "a selected version"));

        Assert.True(found.Count == 0, "axe-core found:\n" + string.Join("\n", found));
    });

    private static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string axe, string where)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = axe });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v =>
              `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ')}`)
            """);
        return violations.EnumerateArray().Select(v => $"{where}: {v.GetString()}").ToList();
    }
}
