using System.Net;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Recipes;
using Cms.Core.Storage;
using Cms.Tests.GraphQL.Compatibility;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>Menus and flows in the admin: their entries and widgets are edited in place like a bag's items, nested entries inside their parent.</summary>
public sealed class MenuAndFlowEditorTests : IClassFixture<MenuAndFlowEditorTests.Site>, IAsyncLifetime
{
    private const string MenuId = "4mainmenu0000000000000001";
    private readonly Site _site;

    public MenuAndFlowEditorTests(Site site)
    {
        _site = site;
    }

    /// <summary>One site for the class: the recipes run once (the page's id is a fresh uuid each run).</summary>
    public sealed class Site : CmsWebFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            var runner = Services.GetRequiredService<RecipeRunner>();
            await runner.RunAsync(RecipeReader.Read(OrchardThemeRecipes.Menu), new RecipeRunRequest(), CancellationToken.None);
            await runner.RunAsync(RecipeReader.Read(OrchardThemeRecipes.ComingSoon), new RecipeRunRequest(), CancellationToken.None);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task MenuEditor_Get_ShowsEntriesWithTheirSubEntriesAndOffersMenuItemTypes()
    {
        using var admin = _site.Admin();

        var html = await admin.GetStringAsync($"/admin/contents/{MenuId}/edit");

        Assert.Contains("name=\"MenuItemsListPart.MenuItems.0.LinkMenuItemPart.Name\" value=\"Home\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"MenuItemsListPart.MenuItems.1.MenuItemsListPart.MenuItems.0.LinkMenuItemPart.Url\" value=\"/about/team\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"add|MenuItemsListPart.MenuItems|LinkMenuItem\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"add|MenuItemsListPart.MenuItems|HtmlMenuItem\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"add|MenuItemsListPart.MenuItems|Menu\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MenuEditor_AddWithoutScripts_AppendsAnEmptyEntryOfTheType()
    {
        using var admin = _site.Admin();
        var page = $"/admin/contents/{MenuId}/edit";

        var response = await AdminForms.PostEditAsync(admin, page,
        [
            new("TitlePart.Title", "Main Menu"),
            new("MenuItemsListPart.Present", "1"),
            new("MenuItemsListPart.MenuItems.0.ContentType", "LinkMenuItem"),
            new("MenuItemsListPart.MenuItems.0.ContentItemId", "4homelink0000000000000001"),
            new("MenuItemsListPart.MenuItems.0.LinkMenuItemPart.Name", "Home"),
            new("MenuItemsListPart.MenuItems.0.LinkMenuItemPart.Url", "~/"),
            new("bagAction", "add|MenuItemsListPart.MenuItems|LinkMenuItem"),
        ]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"MenuItemsListPart.MenuItems.1.LinkMenuItemPart.Name\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"MenuItemsListPart.MenuItems.0.LinkMenuItemPart.Name\" value=\"Home\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MenuEditor_SaveWithAnEditedSubEntry_StoresTheTreeAndRefusesAScriptUrl()
    {
        using var admin = _site.Admin();
        var page = $"/admin/contents/{MenuId}/edit";
        KeyValuePair<string, string>[] Fields(string teamUrl) =>
        [
            new("TitlePart.Title", "Main Menu"),
            new("AliasPart.Alias", "main-menu"),
            new("MenuItemsListPart.Present", "1"),
            new("MenuItemsListPart.MenuItems.0.ContentType", "LinkMenuItem"),
            new("MenuItemsListPart.MenuItems.0.ContentItemId", "4aboutlink000000000000001"),
            new("MenuItemsListPart.MenuItems.0.LinkMenuItemPart.Name", "About us"),
            new("MenuItemsListPart.MenuItems.0.LinkMenuItemPart.Url", "/about"),
            new("MenuItemsListPart.MenuItems.0.MenuItemsListPart.Present", "1"),
            new("MenuItemsListPart.MenuItems.0.MenuItemsListPart.MenuItems.0.ContentType", "LinkMenuItem"),
            new("MenuItemsListPart.MenuItems.0.MenuItemsListPart.MenuItems.0.ContentItemId", "4teamlink0000000000000001"),
            new("MenuItemsListPart.MenuItems.0.MenuItemsListPart.MenuItems.0.LinkMenuItemPart.Name", "Our team"),
            new("MenuItemsListPart.MenuItems.0.MenuItemsListPart.MenuItems.0.LinkMenuItemPart.Url", teamUrl),
            new("submit", "publish"),
        ];

        var refused = await AdminForms.PostEditAsync(admin, page, Fields("javascript:alert(1)"));
        var saved = await AdminForms.PostEditAsync(admin, page, Fields("/team"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("uses the scheme &#x27;javascript&#x27;", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var menu = await LoadAsync(MenuId);
        var about = Assert.Single(menu.Content["MenuItemsListPart"]!["MenuItems"]!.AsArray())!;
        Assert.Equal("About us", about["DisplayText"]!.GetValue<string>());
        Assert.Equal("/team", about["MenuItemsListPart"]!["MenuItems"]![0]!["LinkMenuItemPart"]!["Url"]!.GetValue<string>());
    }

    [Fact]
    public async Task FlowEditor_SaveAWidget_KeepsTheWidgetOfATypeTheSiteLacks()
    {
        using var admin = _site.Admin();
        var pageId = await IdOfAsync("ComingSoon");
        var page = $"/admin/contents/{pageId}/edit";

        var html = await admin.GetStringAsync(page);
        var response = await AdminForms.PostEditAsync(admin, page,
        [
            new("TitlePart.Title", "Coming soon"),
            new("FlowPart.Present", "1"),
            new("FlowPart.Widgets.0.ContentType", "Register"),
            new("FlowPart.Widgets.0.ContentItemId", "4registerwidget0000000001"),
            new("FlowPart.Widgets.0.Register.Button.Text", "Keep me posted"),
            new("submit", "publish"),
        ]);

        Assert.Contains("not editable here (their types are not defined on this site): ValidationSummary", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var widgets = (await LoadAsync(pageId)).Content["FlowPart"]!["Widgets"]!.AsArray();
        Assert.Equal(["Register", "ValidationSummary"], widgets.Select(w => w!["ContentType"]!.GetValue<string>()));
        Assert.Equal("Keep me posted", widgets[0]!["Register"]!["Button"]!["Text"]!.GetValue<string>());
        Assert.Equal(50, widgets[0]!["FlowMetadata"]!["Size"]!.GetValue<int>());
    }

    private async Task<ContentItem> LoadAsync(string id)
    {
        await using var session = await _site.Services.GetRequiredService<DocumentStore>().OpenReadSessionAsync(CancellationToken.None);
        return (await session.GetContentItemAsync(id, VersionOptions.Latest, CancellationToken.None))!;
    }

    private async Task<string> IdOfAsync(string contentType)
    {
        await using var session = await _site.Services.GetRequiredService<DocumentStore>().OpenReadSessionAsync(CancellationToken.None);
        var items = await session.QueryAsync(
            new Cms.Core.Querying.ContentQuery { ContentTypes = [contentType], Status = Cms.Core.Querying.ContentStatus.Latest }, CancellationToken.None);
        return Assert.Single(items).ContentItemId;
    }
}
