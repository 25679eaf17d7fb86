using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cms.BrowserTests;

/// <summary>
/// The API as browsers meet it: the editors' GraphiQL, and a front end on another origin calling /api/graphql with
/// fetch, allowed or refused by <c>Cms:Cors:AllowedOrigins</c>.
/// </summary>
public sealed class GraphQLClientJourneyTests : BrowserJourney, IClassFixture<CrossOriginBrowserSite>
{
    private readonly CrossOriginBrowserSite _site;

    public GraphQLClientJourneyTests(CrossOriginBrowserSite site)
        : base(site)
    {
        _site = site;
    }

    [Fact]
    public Task GraphiQL_SignedInAdmin_ListsLetterCompletesAFieldAndRunsTheQuery() => JourneyAsync(
        nameof(GraphiQL_SignedInAdmin_ListsLetterCompletesAFieldAndRunsTheQuery), async context =>
    {
        var page = await SignInAsync(context, "admin");
        await page.GotoAsync("/admin/graphql");

        await page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" }).ClickAsync();
        var docs = page.Locator(".graphiql-doc-explorer");
        await docs.GetByRole(AriaRole.Link, new() { Name = "Query", Exact = true }).ClickAsync();
        await Expect(docs.GetByRole(AriaRole.Link, new() { Name = "Letter", Exact = true }).First).ToBeVisibleAsync();

        var editor = page.Locator(".graphiql-query-editor .CodeMirror").First;
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync("{ letterConn");
        var hint = page.Locator(".CodeMirror-hint", new() { HasTextString = "letterConnection" });
        await Expect(hint.First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync(" { totalCount }");
        await Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("letterConnection { totalCount }");

        await page.GetByRole(AriaRole.Button, new() { Name = "Execute query (Ctrl-Enter)" }).ClickAsync();
        await Expect(page.Locator(".graphiql-response")).ToContainTextAsync("\"totalCount\": 5");
        await ScreenshotAsync(page, "graphiql-letter-connection");
    });

    [Fact]
    public Task Fetch_FromAnAllowedOrigin_GetAndPreflightedPostAnswer() => JourneyAsync(
        nameof(Fetch_FromAnAllowedOrigin_GetAndPreflightedPostAnswer), async context =>
    {
        var page = await FrontEndAsync(context, _site.Origins.AllowedOrigin);

        // Chromium answers the POST only after the preflight it needs (Playwright does not report preflights).
        Assert.StartsWith("status:200 ", await page.EvaluateAsync<string>("() => callApi('GET')"));
        Assert.StartsWith("status:200 ", await page.EvaluateAsync<string>("() => callApi('POST')"));
    });

    [Fact]
    public Task Fetch_FromAnOriginNotAllowed_Rejects() => JourneyAsync(nameof(Fetch_FromAnOriginNotAllowed_Rejects), async context =>
    {
        var page = await FrontEndAsync(context, _site.Origins.OtherOrigin);

        Assert.StartsWith("rejected:", await page.EvaluateAsync<string>("() => callApi('GET')"));
        Assert.StartsWith("rejected:", await page.EvaluateAsync<string>("() => callApi('POST')"));
    });

    private async Task<IPage> FrontEndAsync(IBrowserContext context, string origin)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{origin}/?api={Uri.EscapeDataString(Site.BaseUrl + "/api/graphql")}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Front end" })).ToBeVisibleAsync();
        return page;
    }
}
