using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Cms.BrowserTests;

/// <summary>What every journey does: a fresh browser context, sign-in, screenshots, and a trace kept when it fails.</summary>
public abstract partial class BrowserJourney
{
    protected BrowserJourney(BrowserHost site)
    {
        Site = site;
    }

    protected BrowserHost Site { get; }

    protected async Task JourneyAsync(string name, Func<IBrowserContext, Task> journey, int width = 1280)
    {
        var context = await Site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Site.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },

            // Date inputs take keys in the browser's locale order: every machine types them the same way.
            Locale = "en-US",
        });
        context.SetDefaultTimeout(10_000);
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true });
        try
        {
            await journey(context);
            await context.Tracing.StopAsync();
        }
        catch
        {
            foreach (var (page, index) in context.Pages.Select((p, i) => (p, i)))
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact($"{name}-failed-{index}.png"), FullPage = true });
            }

            await context.Tracing.StopAsync(new TracingStopOptions { Path = Artifact($"{name}-trace.zip") });
            throw;
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    protected static async Task<IPage> SignInAsync(IBrowserContext context, string userName)
    {
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GotoAsync("/admin");
        await page.GetByLabel("User name or e-mail").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(BrowserHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        return page;
    }

    protected Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact($"{name}.png"), FullPage = true });

    /// <summary>Creates an Article through the editor and returns its id (from the editor's URL).</summary>
    protected static async Task<string> CreateArticleAsync(IPage page, string title, bool publish)
    {
        await page.GotoAsync("/admin/contents/new/Article");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = publish ? "Publish" : "Save draft", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(publish ? "published" : "draft");
        return ItemId(page);
    }

    /// <summary>POSTs a query to /api/graphql as an anonymous front end and answers its <c>data</c>; errors fail the test.</summary>
    protected async Task<JsonNode> AnonymousGraphQLAsync(string query)
    {
        using var http = new HttpClient { BaseAddress = new Uri(Site.BaseUrl) };
        using var response = await http.PostAsJsonAsync("/api/graphql", new { query });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, $"GraphQL errors: {body["errors"]?.ToJsonString()}");
        return body["data"]!;
    }

    protected static string ItemId(IPage page) => EditUrl().Match(page.Url).Groups[1].Value;

    private string Artifact(string file) => Path.Combine(Site.ArtifactsPath, file);

    [GeneratedRegex("/admin/contents/([^/]+)/edit")]
    private static partial Regex EditUrl();
}
