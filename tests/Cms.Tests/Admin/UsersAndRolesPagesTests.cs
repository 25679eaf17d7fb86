using System.Net;
using System.Text.RegularExpressions;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>Users and roles in the admin: create, edit, disable, reset passwords, assign roles, edit permissions.</summary>
public sealed partial class UsersAndRolesPagesTests : IClassFixture<UsersAndRolesPagesTests.Site>, IAsyncLifetime
{
    private readonly Site _site;

    public UsersAndRolesPagesTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory;

    public Task InitializeAsync() => _site.SeedAsync(TestDefinitions.Articles());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CreateUser_WithRoleAndPassword_StoresAHashAndTheRole()
    {
        using var client = _site.Admin();
        var response = await AdminForms.PostAsync(client, "/admin/users/new", "/admin/users/new", [
            new("UserName", "maria"), new("Email", "maria@example.org"), new("NewPassword", "long enough secret"),
            new("IsEnabled", "true"), new("Roles", "Editor")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await UserAsync("maria");
        Assert.NotNull(user);
        Assert.Equal(["Editor"], user.RoleNames);
        Assert.Equal(PasswordCheckResult.Success, new UserPasswords().Verify(user, "long enough secret"));
        Assert.Contains("maria@example.org", await client.GetStringAsync("/admin/users?q=mar"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CreateUser_EnabledCheckboxAsTheFormPostsIt_StoresWhatWasTicked(bool ticked)
    {
        using var client = _site.Admin();
        var html = await client.GetStringAsync("/admin/users/new");
        var name = ticked ? "ticked" : "unticked";

        // The IsEnabled inputs in the page's order, as a browser posts them: the checkbox only when ticked.
        var enabledInputs = IsEnabledInput().Matches(html)
            .Where(m => m.Groups["type"].Value == "hidden" || ticked)
            .Select(m => new KeyValuePair<string, string>("IsEnabled", m.Groups["value"].Value));
        await AdminForms.PostAsync(client, "/admin/users/new", "/admin/users/new", [
            new("UserName", name), new("NewPassword", "long enough secret"), .. enabledInputs]);

        Assert.Equal(ticked, (await UserAsync(name))?.IsEnabled);
    }

    [Fact]
    public async Task CreateUser_TakenNameOrShortPassword_ShowsTheErrorsBesideTheFields()
    {
        using var client = _site.Admin();
        await AdminForms.PostAsync(client, "/admin/users/new", "/admin/users/new", [new("UserName", "taken"), new("NewPassword", "plain but long secret")]);
        var taken = await AdminForms.PostAsync(client, "/admin/users/new", "/admin/users/new", [new("UserName", "TAKEN"), new("NewPassword", "plain but long secret")]);
        var shortPassword = await AdminForms.PostAsync(client, "/admin/users/new", "/admin/users/new", [new("UserName", "other"), new("NewPassword", "short")]);

        Assert.Contains("The user name &#x27;TAKEN&#x27; is already taken.", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("The password must be at least 12 characters long.", await shortPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_CommonPassword_IsRefusedBesideTheFieldAndNotStored()
    {
        using var client = _site.Admin();

        var response = await AdminForms.PostAsync(client, "/admin/users/new", "/admin/users/new", [
            new("UserName", "weak"), new("NewPassword", "Qwerty123456")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This password is too easy to guess", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await UserAsync("weak"));
    }

    [Fact]
    public async Task DisableUserAndResetPassword_ChangeTheStamp()
    {
        using var client = _site.Admin();
        await AdminForms.PostAsync(client, "/admin/users/new", "/admin/users/new", [new("UserName", "sam"), new("NewPassword", "first password")]);
        var before = (await UserAsync("sam"))!;
        await AdminForms.PostAsync(client, "/admin/users", "/admin/users?handler=Enable", [new("userId", before.UserId), new("enabled", "false")]);
        await AdminForms.PostAsync(client, $"/admin/users/{before.UserId}", $"/admin/users/{before.UserId}", [
            new("UserName", "sam"), new("NewPassword", "second password"), new("IsEnabled", "false")]);

        var after = (await UserAsync("sam"))!;
        Assert.False(after.IsEnabled);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        Assert.Equal(PasswordCheckResult.Success, new UserPasswords().Verify(after, "second password"));
    }

    [Fact]
    public async Task UnlockAndDelete_ClearTheLockoutThenRemoveTheUser()
    {
        using var client = _site.Admin();
        await AdminForms.PostAsync(client, "/admin/users/new", "/admin/users/new", [new("UserName", "locked"), new("NewPassword", "plain but long secret")]);
        var user = (await UserAsync("locked"))!;
        await using (var session = await _site.Services.GetRequiredService<DocumentStore>().OpenWriteSessionAsync(CancellationToken.None))
        {
            user.LockoutEndUtc = new DateTime(2999, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            await SecurityStore.SaveUserAsync(session, user, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        var page = $"/admin/users/{user.UserId}";
        Assert.Contains("Locked out after repeated failed sign-ins", await client.GetStringAsync(page), StringComparison.Ordinal);
        await AdminForms.PostAsync(client, page, page + "?handler=Unlock", []);
        Assert.Null((await UserAsync("locked"))!.LockoutEndUtc);

        await AdminForms.PostAsync(client, page, page + "?handler=Delete", []);
        Assert.Null(await UserAsync("locked"));
    }

    [Fact]
    public async Task EditRole_ShowsPerTypeGroup_AndSavesGlobalAndTypePermissions()
    {
        using var client = _site.Admin();
        await AdminForms.PostAsync(client, "/admin/roles", "/admin/roles?handler=Create", [new("Name", "Reviewer"), new("Description", "Reads drafts")]);
        var page = await client.GetStringAsync("/admin/roles/Reviewer");
        Assert.Contains("Article Content Type - Article", page, StringComparison.Ordinal);

        await AdminForms.PostAsync(client, "/admin/roles/Reviewer", "/admin/roles/Reviewer", [
            new("Description", "Reads drafts"), new("Permissions", "AccessAdminPanel"), new("Permissions", "Preview_Article")]);

        var role = (await RolesAsync()).Single(r => r.Name == "Reviewer");
        Assert.Equal(["AccessAdminPanel", "Preview_Article"], role.Permissions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DeleteRole_RemovesItFromUsers_ButSystemRolesStay()
    {
        using var client = _site.Admin();
        await AdminForms.PostAsync(client, "/admin/roles", "/admin/roles?handler=Create", [new("Name", "Temporary")]);
        var duplicate = await AdminForms.PostAsync(client, "/admin/roles", "/admin/roles?handler=Create", [new("Name", "temporary")]);
        Assert.Contains("The role name is already used.", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AdminForms.PostAsync(client, "/admin/users/new", "/admin/users/new", [new("UserName", "temp"), new("NewPassword", "plain but long secret"), new("Roles", "Temporary")]);

        await AdminForms.PostAsync(client, "/admin/roles", "/admin/roles?handler=Delete", [new("role", "Temporary")]);
        await AdminForms.PostAsync(client, "/admin/roles", "/admin/roles?handler=Delete", [new("role", "Anonymous")]);

        var names = (await RolesAsync()).Select(r => r.Name).ToList();
        Assert.DoesNotContain("Temporary", names);
        Assert.Contains("Anonymous", names);
        Assert.Empty((await UserAsync("temp"))!.RoleNames);
    }

    [Fact]
    public async Task Editor_CannotOpenUsersOrRoles()
    {
        using var editor = _site.ClientFor(CmsWebFactory.Users.EditorId, "Editor");

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/roles/Editor")).StatusCode);
    }

    private async Task<UserRecord?> UserAsync(string name)
    {
        await using var session = await _site.Services.GetRequiredService<DocumentStore>().OpenReadSessionAsync(CancellationToken.None);
        return await SecurityStore.FindUserByNameAsync(session, name, CancellationToken.None);
    }

    private async Task<IReadOnlyList<RoleRecord>> RolesAsync()
    {
        await using var session = await _site.Services.GetRequiredService<DocumentStore>().OpenReadSessionAsync(CancellationToken.None);
        return await SecurityStore.LoadRolesAsync(session, CancellationToken.None);
    }

    [GeneratedRegex("<input type=\"(?<type>checkbox|hidden)\" name=\"IsEnabled\" value=\"(?<value>[a-z]+)\"")]
    private static partial Regex IsEnabledInput();
}
