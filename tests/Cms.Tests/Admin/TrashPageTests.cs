using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Core.Trash;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>Deleting from the admin fills the trash; the trash restores; a deleted item is nowhere else and its old link says so.</summary>
public sealed partial class TrashPageTests : IClassFixture<TrashPageTests.Site>
{
    private readonly Site _site;

    public TrashPageTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory, IAsyncLifetime
    {
        public Task InitializeAsync() => SeedAsync(TestDefinitions.Articles(), roles =>
        {
            foreach (var role in roles.Where(r => r.Name is "Author" or "Editor"))
            {
                role.Permissions.Add(PermissionCatalog.AccessAdminPanel.Name);
            }
        });

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private HttpClient Editor() => _site.ClientFor(CmsWebFactory.Users.EditorId, "Editor");

    private async Task<string> PublishAsync(string title, string ownerId = CmsWebFactory.Users.EditorId)
    {
        var content = _site.Services.GetRequiredService<ContentStore>();
        await using var session = await content.OpenSessionAsync(new ContentActor(ownerId, "owner"), CancellationToken.None);
        var item = TestDefinitions.Article(title);
        await session.CreateAsync(item, VersionOptions.Published, CancellationToken.None);
        await session.SaveChangesAsync(CancellationToken.None);
        return item.ContentItemId;
    }

    private static async Task DeleteThroughEditorAsync(HttpClient client, string id)
    {
        var response = await AdminForms.PostAsync(client, $"/admin/contents/{id}/edit", $"/admin/contents/{id}/edit?handler=Delete", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Delete_FromEditor_ListsItemInTrashWithItsTitle()
    {
        var id = await PublishAsync("Letter bound for the trash");
        using var editor = Editor();

        await DeleteThroughEditorAsync(editor, id);

        var trash = await editor.GetStringAsync("/admin/trash");
        Assert.Contains("Letter bound for the trash", trash, StringComparison.Ordinal);
        Assert.Contains(id, trash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_DeletedItemsOldLink_IsA404PageLinkingToTheTrash()
    {
        var id = await PublishAsync("Old link target");
        using var editor = Editor();
        await DeleteThroughEditorAsync(editor, id);

        var response = await editor.GetAsync($"/admin/contents/{id}/edit");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("Old link target", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/trash\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_UnknownItem_IsA404PageWithoutTrashLink()
    {
        var response = await Editor().GetAsync("/admin/contents/4neverexisted000000000000x/edit");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no longer here", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/trash\"", html.Replace("<a href=\"/admin/trash\">Trash</a>", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_Item_IsInNoListCountRestOrGraphQLAnswer()
    {
        var id = await PublishAsync("Vanishing letter");
        using var editor = Editor();
        await DeleteThroughEditorAsync(editor, id);

        // The item's own link, not its title: the next page carries the "moved to the trash" notice, which names it.
        Assert.DoesNotContain($"/admin/contents/{id}/edit", await editor.GetStringAsync("/admin/contents"), StringComparison.Ordinal);
        Assert.DoesNotContain($"/admin/contents/{id}/edit", await editor.GetStringAsync("/admin"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/api/content/{id}?version=latest")).StatusCode);

        using var admin = _site.Admin();
        using var graphQL = await admin.PostAsJsonAsync("/api/graphql", new
        {
            query = $$"""{ contentItem(contentItemId: "{{id}}") { displayText } article(status: ALL) { displayText } }""",
        });
        var body = await graphQL.Content.ReadAsStringAsync();
        var data = JsonNode.Parse(body)!["data"] ?? throw new InvalidOperationException(body);
        Assert.Null(data["contentItem"]);
        Assert.DoesNotContain(data["article"]!.AsArray(), a => (string?)a!["displayText"] == "Vanishing letter");
    }

    [Fact]
    public async Task Restore_FromTrash_BringsItemBackAsDraftWithItsVersions()
    {
        var id = await PublishAsync("Restored letter");
        using var editor = Editor();
        await DeleteThroughEditorAsync(editor, id);

        var response = await AdminForms.PostAsync(editor, "/admin/trash", $"/admin/trash?handler=Restore&id={id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/contents/{id}/edit", response.Headers.Location?.OriginalString);
        var html = await editor.GetStringAsync($"/admin/contents/{id}/edit");
        Assert.Contains("badge-draft", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Restored letter", await editor.GetStringAsync("/admin/trash"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_AuthorAndOthersItem_IsForbiddenAndNotListed()
    {
        var id = await PublishAsync("Another author's deleted letter", CmsWebFactory.Users.OtherAuthorId);
        using (var editor = Editor())
        {
            await DeleteThroughEditorAsync(editor, id);
        }

        using var author = _site.ClientFor(CmsWebFactory.Users.AuthorId, "Author");
        Assert.DoesNotContain("deleted letter", await author.GetStringAsync("/admin/trash"), StringComparison.Ordinal);
        var response = await AdminForms.PostAsync(author, "/admin/trash", $"/admin/trash?handler=Restore&id={id}", []);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var session = await _site.Services.GetRequiredService<ContentStore>().Documents.OpenReadSessionAsync(CancellationToken.None);
        Assert.NotNull(await ContentTrash.FindAsync(session, id, CancellationToken.None));
    }

    [Fact]
    public async Task EditPage_DeleteButton_ConfirmationNamesTheItem()
    {
        var id = await PublishAsync("Named in the question");

        var html = await Editor().GetStringAsync($"/admin/contents/{id}/edit");

        Assert.Matches(ConfirmNaming(), html);
    }

    [GeneratedRegex("data-confirm=\"Delete [^\"]*Named in the question[^\"]*trash")]
    private static partial Regex ConfirmNaming();
}
