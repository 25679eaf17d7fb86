using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Media;
using Cms.Core.Recipes;
using Cms.Tests.Support;

namespace Cms.Tests.GraphQL.Compatibility;

/// <summary>
/// Orchard's theme recipes (as small equivalents) set up whole and serve their flows and menus in Orchard's GraphQL
/// shape; what we cannot evaluate is reported, not fatal; exports round-trip.
/// </summary>
public sealed class OrchardThemeRecipeTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.CreateAsync();
        await _host.SaveRolesAsync(GraphQLTestHost.Role("Anonymous", "ExecuteGraphQL", "ViewContent"));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ComingSoon_SetUp_ReportsTheWorkflowScriptAndStepInsteadOfFailing()
    {
        var result = await _host.RunRecipeAsync(RecipeReader.Read(OrchardThemeRecipes.ComingSoon));

        var content = result.Steps.Single(s => s.Name == "content");
        var kept = Assert.Single(content.UnevaluatedScripts!);
        Assert.Equal(("$.steps[3].data[0].FormPart.Action", "createWorkflowToken"), (kept.JsonPath, kept.Function));
        Assert.Equal(RecipeStepOutcome.Skipped, result.Steps.Single(s => s.Name == "WorkflowType").Outcome);
    }

    [Fact]
    public async Task ComingSoon_FlowQuery_ServesKnownWidgetsWithTheirLayoutInOrchardsShape()
    {
        await _host.RunRecipeAsync(RecipeReader.Read(OrchardThemeRecipes.ComingSoon));

        var response = await _host.PostAsync(OrchardThemeRecipes.FlowQuery);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var widget = Assert.Single(response.Data("comingSoon")[0].GetProperty("flow").GetProperty("widgets").EnumerateArray());
        Assert.Equal(("Register", "Notify me"), (widget.GetProperty("contentType").GetString(), widget.GetProperty("button").GetString()));
        Assert.Equal((50, "Center"), (widget.GetProperty("metadata").GetProperty("size").GetInt32(), widget.GetProperty("metadata").GetProperty("alignment").GetString()));
        Assert.Equal("<p>Sign up for news</p>", widget.GetProperty("htmlBody").GetProperty("html").GetString());
    }

    [Fact]
    public async Task Menu_Query_ServesTheTreeOfEntriesThroughTheMenuItemInterface()
    {
        await _host.RunRecipeAsync(RecipeReader.Read(OrchardThemeRecipes.Menu));

        var response = await _host.PostAsync(OrchardThemeRecipes.MenuQuery);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var menu = response.Data("menu")[0];
        var entries = menu.GetProperty("menuItemsList").GetProperty("menuItems").EnumerateArray().ToList();
        Assert.Equal(["LinkMenuItem", "LinkMenuItem", "HtmlMenuItem"], entries.Select(e => e.GetProperty("__typename").GetString()));
        Assert.Equal(("Home", "~/"), Link(entries[0]));
        var team = Assert.Single(entries[1].GetProperty("menuItemsList").GetProperty("menuItems").EnumerateArray());
        Assert.Equal(("Team", "/about/team", "_blank"), (Link(team).Name, Link(team).Url, team.GetProperty("linkMenuItem").GetProperty("target").GetString()));
        Assert.Equal(0, entries[0].GetProperty("menuItemsList").GetProperty("menuItems").GetArrayLength());
        var html = entries[2].GetProperty("htmlMenuItem");
        Assert.Equal(("https://example.org/donate", "<strong>Donate</strong><img src=\"x\">"), (html.GetProperty("url").GetString(), html.GetProperty("html").GetString()));
    }

    [Fact]
    public async Task Menu_EntryWithScriptUrlDeepInTheTree_IsRefusedNamingItsPath()
    {
        var recipe = OrchardThemeRecipes.Menu.Replace("\"/about/team\"", "\"javascript:alert(1)\"", StringComparison.Ordinal);

        var failure = await Assert.ThrowsAsync<RecipeExecutionException>(() => _host.RunRecipeAsync(RecipeReader.Read(recipe)));

        Assert.Equal("$.steps[1].data[0].MenuItemsListPart.MenuItems[1].MenuItemsListPart.MenuItems[0].LinkMenuItemPart.Url", failure.JsonPath);
        Assert.Contains("scheme 'javascript'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemeRecipes_ExportThenImport_ExportIdentically()
    {
        await using var source = await TestSite.CreateAsync();
        await using var target = await TestSite.CreateAsync();
        await source.RunRecipeAsync(RecipeReader.Read(OrchardThemeRecipes.ComingSoon));
        await source.RunRecipeAsync(RecipeReader.Read(OrchardThemeRecipes.Menu));

        var exported = await ExportAsync(source);
        await target.RunRecipeAsync(RecipeReader.Read(exported.ToJsonString()));

        Assert.Equal(exported.ToJsonString(), (await ExportAsync(target)).ToJsonString());
        Assert.Contains("4teamlink0000000000000001", exported.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("4validationsummary00000001", exported.ToJsonString(), StringComparison.Ordinal);
    }

    private static (string? Name, string? Url) Link(JsonElement entry) =>
        (entry.GetProperty("linkMenuItem").GetProperty("name").GetString(), entry.GetProperty("linkMenuItem").GetProperty("url").GetString());

    private static Task<JsonObject> ExportAsync(TestSite site) =>
        site.ReadAsync(s => RecipeExporter.ExportAsync(
            s, new MediaStore(site.MediaPath, new MediaOptions()), new RecipeExportOptions(), new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc), CancellationToken.None));
}
