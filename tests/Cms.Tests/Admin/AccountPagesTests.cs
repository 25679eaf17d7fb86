using System.Net;
using System.Text.RegularExpressions;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.Tests.Support;
using Cms.Web.Admin.Pages.Account;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>
/// The sign-in and change-password forms against guessing: one answer whatever the reason, failures limited per
/// client address (each test uses addresses of its own), and an address past its limit no longer moves an account.
/// </summary>
public sealed partial class AccountPagesTests : IClassFixture<AccountPagesTests.Site>, IAsyncLifetime
{
    private const string Password = "a long and private passphrase";
    private static readonly SignInOptions Defaults = new();

    private readonly Site _site;

    public AccountPagesTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestClientAddress>());
        }
    }

    public Task InitializeAsync() => _site.SeedAsync(TestDefinitions.Articles(), roles =>
    {
        foreach (var editor in roles.Where(r => r.Name == RoleStereotypes.Editor))
        {
            editor.Permissions.Add(PermissionCatalog.AccessAdminPanel.Name);
        }
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SignIn_UnknownNameWrongPasswordOrLockedAccount_GetTheSameAnswer()
    {
        await CreateUserAsync("known");
        var locked = await CreateUserAsync("locked");
        await SaveAsync(locked, user => user.LockoutEndUtc = new DateTime(2999, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var unknown = await SignInAsync("10.1.0.1", "nobody", Password);
        var wrong = await SignInAsync("10.1.0.2", "known", "not the passphrase");
        var lockedRight = await SignInAsync("10.1.0.3", "locked", Password);

        foreach (var response in new[] { unknown, wrong, lockedRight })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(LoginModel.RefusedMessage, await SummaryAsync(response));
        }
    }

    [Fact]
    public async Task SignIn_UnknownNamesFromOneAddress_AreThrottledLikeWrongPasswords()
    {
        for (var i = 0; i < Defaults.MaxFailuresPerAddress; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync("10.2.0.1", $"nobody{i}", Password)).StatusCode);
        }

        var throttled = await SignInAsync("10.2.0.1", "nobody-else", Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(LoginModel.ThrottledMessage, await SummaryAsync(throttled));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync("10.2.0.2", "nobody", Password)).StatusCode);
    }

    [Fact]
    public async Task SignIn_ThrottledAddress_CannotLockTheAccount()
    {
        var target = await CreateUserAsync("target");
        for (var i = 0; i < Defaults.MaxFailuresPerAddress; i++)
        {
            await SignInAsync("10.3.0.1", "target", $"guess {i}");
        }

        var throttled = await SignInAsync("10.3.0.1", "target", "one more guess");
        var owner = await SignInAsync("10.3.0.2", "target", Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
        var stored = (await UserAsync(target))!;
        Assert.Null(stored.LockoutEndUtc);
        Assert.Equal(0, stored.AccessFailedCount);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPasswords_CountTowardsTheAddressLimitAndTheAccount()
    {
        var userId = await CreateUserAsync("changer", RoleStereotypes.Editor);
        using var client = ClientAt("10.4.0.1");
        Assert.Equal(HttpStatusCode.Redirect, (await AdminForms.SignInAsync(client, "changer", Password)).StatusCode);

        for (var i = 0; i < Defaults.MaxFailuresPerAddress; i++)
        {
            var wrong = await ChangePasswordAsync(client, $"guess {i}");
            Assert.Contains(PasswordChangeResult.WrongCurrentPassword, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var throttled = await ChangePasswordAsync(client, Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(LoginModel.ThrottledMessage, await SummaryAsync(throttled));
        Assert.Equal(Defaults.MaxFailuresPerAddress, (await UserAsync(userId))!.AccessFailedCount);
        Assert.Equal(PasswordCheckResult.Success, new UserPasswords().Verify((await UserAsync(userId))!, Password));
    }

    private static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string currentPassword) =>
        AdminForms.PostAsync(client, "/admin/account/password", "/admin/account/password", [
            new("CurrentPassword", currentPassword), new("NewPassword", "a brand new passphrase"), new("ConfirmPassword", "a brand new passphrase")]);

    private async Task<HttpResponseMessage> SignInAsync(string address, string userName, string password)
    {
        using var client = ClientAt(address);
        return await AdminForms.SignInAsync(client, userName, password);
    }

    private HttpClient ClientAt(string address)
    {
        var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestClientAddress.HeaderName, address);
        return client;
    }

    private static async Task<string> SummaryAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var match = SummaryItem().Match(html);
        Assert.True(match.Success, html);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private async Task<string> CreateUserAsync(string userName, params string[] roles)
    {
        var user = new UserRecord { UserId = IdGenerator.NewId(), UserName = userName, RoleNames = [.. roles] };
        new UserPasswords().SetPassword(user, Password);
        await SaveAsync(user, _ => { });
        return user.UserId;
    }

    private async Task SaveAsync(string userId, Action<UserRecord> change) => await SaveAsync((await UserAsync(userId))!, change);

    private async Task SaveAsync(UserRecord user, Action<UserRecord> change)
    {
        change(user);
        await using var session = await _site.Services.GetRequiredService<DocumentStore>().OpenWriteSessionAsync(CancellationToken.None);
        await SecurityStore.SaveUserAsync(session, user, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }

    private async Task<UserRecord?> UserAsync(string userId)
    {
        await using var session = await _site.Services.GetRequiredService<DocumentStore>().OpenReadSessionAsync(CancellationToken.None);
        return await SecurityStore.FindUserByIdAsync(session, userId, CancellationToken.None);
    }

    [GeneratedRegex("validation-summary[^>]*>\\s*<ul>\\s*<li>([^<]*)</li>")]
    private static partial Regex SummaryItem();
}
