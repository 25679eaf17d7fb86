using System.Net;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>The versions pages judge every version by its own type and owner, not only the latest version.</summary>
public sealed class ContentVersionsPageTests : IClassFixture<ContentVersionsPageTests.Site>
{
    private readonly Site _site;

    public ContentVersionsPageTests(Site site)
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

    private sealed record HandedOver(string ItemId, string OthersVersionId, string AuthorsVersionId);

    /// <summary>An Article written by another author, then handed over: its latest version is the Author's.</summary>
    private async Task<HandedOver> HandOverAsync()
    {
        var content = _site.Services.GetRequiredService<ContentStore>();
        await using var session = await content.OpenSessionAsync(new ContentActor(CmsWebFactory.Users.OtherAuthorId, "other"), CancellationToken.None);
        var item = TestDefinitions.Article("The other author's first words");
        await session.CreateAsync(item, VersionOptions.Published, CancellationToken.None);
        var handedOver = (await session.GetAsync(item.ContentItemId, VersionOptions.DraftRequired, CancellationToken.None))!;
        handedOver.GetOrCreatePart("TitlePart")["Title"] = "Handed over";
        handedOver.DisplayText = "Handed over";
        handedOver.Owner = CmsWebFactory.Users.AuthorId;
        await session.UpdateAsync(handedOver, CancellationToken.None);
        await session.PublishAsync(handedOver, CancellationToken.None);
        await session.SaveChangesAsync(CancellationToken.None);
        return new HandedOver(item.ContentItemId, item.ContentItemVersionId, handedOver.ContentItemVersionId);
    }

    private HttpClient Author() => _site.ClientFor(CmsWebFactory.Users.AuthorId, "Author");

    [Fact]
    public async Task Versions_AuthorOfTheLatestVersion_ListsOnlyTheirOwnVersions()
    {
        var item = await HandOverAsync();
        var response = await Author().GetAsync($"/admin/contents/{item.ItemId}/versions");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(item.AuthorsVersionId, html, StringComparison.Ordinal);
        Assert.DoesNotContain(item.OthersVersionId, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Versions_EditorWhoMayEditEveryItem_ListsEveryVersion()
    {
        var item = await HandOverAsync();
        var html = await _site.ClientFor(CmsWebFactory.Users.EditorId, "Editor").GetStringAsync($"/admin/contents/{item.ItemId}/versions");

        Assert.Contains(item.AuthorsVersionId, html, StringComparison.Ordinal);
        Assert.Contains(item.OthersVersionId, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Versions_OtherOwnersOldVersion_IsForbiddenAndNotShown()
    {
        var item = await HandOverAsync();
        var response = await Author().GetAsync($"/admin/contents/{item.ItemId}/versions/{item.OthersVersionId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("first words", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_OtherOwnersOldVersion_IsForbiddenAndKeepsTheLatest()
    {
        var item = await HandOverAsync();
        using var author = Author();
        var response = await AdminForms.PostAsync(author, $"/admin/contents/{item.ItemId}/edit",
            $"/admin/contents/{item.ItemId}/versions/{item.OthersVersionId}?handler=Restore", []);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var content = _site.Services.GetRequiredService<ContentStore>();
        await using var session = await content.Documents.OpenReadSessionAsync(CancellationToken.None);
        var latest = await session.GetContentItemAsync(item.ItemId, VersionOptions.Latest, CancellationToken.None);
        Assert.Equal(item.AuthorsVersionId, latest!.ContentItemVersionId);
    }
}
