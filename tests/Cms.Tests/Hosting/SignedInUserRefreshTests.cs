using System.Net;
using System.Text;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.Tests.Admin;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Hosting;

/// <summary>
/// An editor signed in with a real cookie (the sign-in form) loses access on the very next request when their
/// roles, their roles' permissions or their account change, whichever way the change is made.
/// </summary>
public sealed class SignedInUserRefreshTests : IClassFixture<SignedInUserRefreshTests.Site>, IAsyncLifetime
{
    private const string Password = "editor's long passphrase";
    private const string DraftQuery = "query { article(status: DRAFT) { displayText } }";

    private readonly Site _site;

    public SignedInUserRefreshTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory;

    public async Task InitializeAsync()
    {
        await _site.SeedAsync(TestDefinitions.Articles(), roles =>
        {
            foreach (var editor in roles.Where(r => r.Name == RoleStereotypes.Editor))
            {
                editor.Permissions.AddRange([PermissionCatalog.ExecuteGraphQL.Name, PermissionCatalog.AccessAdminPanel.Name]);
            }
        });
        var content = _site.Services.GetRequiredService<ContentStore>();
        await using var session = await content.OpenSessionAsync(new ContentActor(CmsWebFactory.Users.AdminId, "admin"), CancellationToken.None);
        var draft = TestDefinitions.Article("Unpublished draft");
        draft.ContentItemId = "4draft0000000000000000000d";
        if (await session.GetAsync(draft.ContentItemId, VersionOptions.Latest, CancellationToken.None) is null)
        {
            await session.CreateAsync(draft, VersionOptions.Draft, CancellationToken.None);
            await session.SaveChangesAsync(CancellationToken.None);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RolesRemovedOnUserPage_SignedInEditor_IsRefusedOnNextRequest()
    {
        var (editor, userId) = await SignedInEditorAsync("page-editor");
        using var admin = _site.Admin();

        var saved = await AdminForms.PostAsync(admin, $"/admin/users/{userId}", $"/admin/users/{userId}",
            [new("UserName", "page-editor"), new("IsEnabled", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await AssertRefusedAsync(editor, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RolesRemovedByUsersStep_SignedInEditor_IsRefusedOnNextRequest()
    {
        var (editor, userId) = await SignedInEditorAsync("recipe-editor");
        var user = (await UserAsync(userId))!;
        var recipe = $$"""
            { "name": "Demote", "steps": [ { "name": "Users", "Users": [ { "UserId": "{{userId}}", "UserName": "recipe-editor",
              "PasswordHash": "{{user.PasswordHash}}", "SecurityStamp": "{{user.SecurityStamp}}", "RoleNames": [] } ] } ] }
            """;

        await RunRecipeAsync(recipe);

        Assert.Equal(user.SecurityStamp, (await UserAsync(userId))!.SecurityStamp);
        await AssertRefusedAsync(editor, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PermissionsRemovedByRolesStep_SignedInEditor_IsRefusedOnNextRequest()
    {
        var (editor, _) = await SignedInEditorAsync("roles-editor", role: "Reviewer");
        const string Recipe = """
            { "name": "Strip", "steps": [ { "name": "Roles", "Roles": [ { "Name": "Reviewer", "Permissions": [] } ] } ] }
            """;

        await RunRecipeAsync(Recipe);

        await AssertRefusedAsync(editor, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task UserDisabled_SignedInEditor_IsSignedOutOnNextRequest()
    {
        var (editor, userId) = await SignedInEditorAsync("disabled-editor");
        using var admin = _site.Admin();

        await AdminForms.PostAsync(admin, "/admin/users", "/admin/users?handler=Enable", [new("userId", userId), new("enabled", "false")]);

        await AssertRefusedAsync(editor, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UserDeleted_SignedInEditor_IsSignedOutOnNextRequest()
    {
        var (editor, userId) = await SignedInEditorAsync("deleted-editor");
        using var admin = _site.Admin();

        await AdminForms.PostAsync(admin, $"/admin/users/{userId}", $"/admin/users/{userId}?handler=Delete", []);

        Assert.Null(await UserAsync(userId));
        await AssertRefusedAsync(editor, HttpStatusCode.Unauthorized);
    }

    /// <summary>A new user in the role, signed in through the form, who can read drafts and open the content list.</summary>
    private async Task<(HttpClient Client, string UserId)> SignedInEditorAsync(string userName, string role = RoleStereotypes.Editor)
    {
        if (role != RoleStereotypes.Editor)
        {
            await RunRecipeAsync($$"""
                { "name": "Grant", "steps": [ { "name": "Roles", "Roles": [ { "Name": "{{role}}",
                  "Permissions": [ "ExecuteGraphQL", "AccessAdminPanel", "PreviewContent", "ListContent" ] } ] } ] }
                """);
        }

        var user = new UserRecord { UserId = IdGenerator.NewId(), UserName = userName, RoleNames = [role] };
        new UserPasswords().SetPassword(user, Password);
        await using (var session = await _site.Services.GetRequiredService<DocumentStore>().OpenWriteSessionAsync(CancellationToken.None))
        {
            await SecurityStore.SaveUserAsync(session, user, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedIn = await AdminForms.SignInAsync(client, userName, Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("Unpublished draft", await GraphQLAsync(client, HttpStatusCode.OK), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/contents")).StatusCode);
        return (client, user.UserId);
    }

    private static async Task AssertRefusedAsync(HttpClient editor, HttpStatusCode adminStatus)
    {
        Assert.DoesNotContain("Unpublished draft", await GraphQLAsync(editor, HttpStatusCode.Unauthorized), StringComparison.Ordinal);
        Assert.Equal(adminStatus, (await editor.GetAsync("/admin/contents")).StatusCode);
    }

    private static async Task<string> GraphQLAsync(HttpClient client, HttpStatusCode expected)
    {
        using var body = new StringContent($$"""{ "query": "{{DraftQuery}}" }""", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/graphql", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {text}");
        return text;
    }

    private async Task RunRecipeAsync(string recipe)
    {
        using var admin = _site.Admin();
        using var body = new StringContent(recipe, Encoding.UTF8, "application/json");
        using var response = await admin.PostAsync("/api/recipes/run", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<UserRecord?> UserAsync(string userId)
    {
        await using var session = await _site.Services.GetRequiredService<DocumentStore>().OpenReadSessionAsync(CancellationToken.None);
        return await SecurityStore.FindUserByIdAsync(session, userId, CancellationToken.None);
    }
}
