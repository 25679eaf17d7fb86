using Cms.Core.Security;
using Cms.Tests.Support;

namespace Cms.Tests.Security;

public sealed class UserSignInTests
{
    private const string Password = "long enough password";

    private static readonly SignInOptions Defaults = new();

    [Fact]
    public async Task PasswordSignIn_FiveFailures_LocksOutUntilTheLockoutEnds()
    {
        await using var site = await TestSite.CreateAsync();
        var signIn = await SignInWithUserAsync(site);

        for (var i = 0; i < Defaults.MaxFailedAttempts - 1; i++)
        {
            Assert.Equal(UserSignInStatus.Failed, (await signIn.PasswordSignInAsync("ed", "wrong", CancellationToken.None)).Status);
        }

        Assert.Equal(UserSignInStatus.LockedOut, (await signIn.PasswordSignInAsync("ed", "wrong", CancellationToken.None)).Status);
        Assert.Equal(UserSignInStatus.LockedOut, (await signIn.PasswordSignInAsync("ed", Password, CancellationToken.None)).Status);

        site.Clock.Advance(Defaults.LockoutDuration + TimeSpan.FromSeconds(1));
        Assert.Equal(UserSignInStatus.Succeeded, (await signIn.PasswordSignInAsync("ED@example.test", Password, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task PasswordSignIn_DisabledUserWithRightPassword_IsRefused()
    {
        await using var site = await TestSite.CreateAsync();
        var signIn = await SignInWithUserAsync(site, enabled: false);

        Assert.Equal(UserSignInStatus.Disabled, (await signIn.PasswordSignInAsync("ed", Password, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_ReportsTheField_AndNewStampInvalidatesOldCookies()
    {
        await using var site = await TestSite.CreateAsync();
        var signIn = await SignInWithUserAsync(site);
        var before = (await signIn.PasswordSignInAsync("ed", Password, CancellationToken.None)).User!;

        var wrong = await signIn.ChangePasswordAsync(before.UserId, "nope", "another long password", CancellationToken.None);
        Assert.Contains("CurrentPassword", wrong.Errors.Keys);

        var changed = await signIn.ChangePasswordAsync(before.UserId, Password, "another long password", CancellationToken.None);
        Assert.NotNull(changed.User);
        Assert.Null(await signIn.FindCurrentAsync(before.UserId, before.SecurityStamp, CancellationToken.None));
        Assert.NotNull(await signIn.FindCurrentAsync(before.UserId, changed.User.SecurityStamp, CancellationToken.None));
    }

    private static async Task<UserSignIn> SignInWithUserAsync(TestSite site, bool enabled = true)
    {
        var passwords = new UserPasswords();
        var user = new UserRecord { UserId = "4ed000000000000000000000ed", UserName = "ed", Email = "ed@example.test", IsEnabled = enabled };
        passwords.SetPassword(user, Password);
        await using var session = await site.Documents.OpenWriteSessionAsync(CancellationToken.None);
        await SecurityStore.SaveUserAsync(session, user, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        return new UserSignIn(site.Documents, passwords, site.Clock);
    }
}
