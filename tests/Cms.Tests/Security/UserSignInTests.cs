using Cms.Core.Security;
using Cms.Tests.Support;

namespace Cms.Tests.Security;

public class UserSignInTests
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private const string Password = "long enough password";

    private const string UserId = "4ed000000000000000000000ed";

    private static readonly SignInOptions Defaults = new();

    [Fact]
    public async Task PasswordSignIn_FiveFailures_LocksOutUntilTheLockoutEnds()
    {
        await using var site = await TestSite.CreateAsync(Provider);
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
        await using var site = await TestSite.CreateAsync(Provider);
        var signIn = await SignInWithUserAsync(site, enabled: false);

        Assert.Equal(UserSignInStatus.Disabled, (await signIn.PasswordSignInAsync("ed", Password, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_ReportsTheField_AndNewStampInvalidatesOldCookies()
    {
        await using var site = await TestSite.CreateAsync(Provider);
        var signIn = await SignInWithUserAsync(site);
        var before = (await signIn.PasswordSignInAsync("ed", Password, CancellationToken.None)).User!;

        var wrong = await signIn.ChangePasswordAsync(before.UserId, "nope", "another long password", CancellationToken.None);
        Assert.Contains("CurrentPassword", wrong.Errors.Keys);

        var changed = await signIn.ChangePasswordAsync(before.UserId, Password, "another long password", CancellationToken.None);
        Assert.NotNull(changed.User);
        Assert.Null(await signIn.FindCurrentAsync(before.UserId, before.SecurityStamp, CancellationToken.None));
        Assert.NotNull(await signIn.FindCurrentAsync(before.UserId, changed.User.SecurityStamp, CancellationToken.None));
    }

    [Fact]
    public async Task PasswordSignIn_LockedAccountWithRightPassword_IsRefusedAndTheLockoutIsNotExtended()
    {
        await using var site = await TestSite.CreateAsync(Provider);
        var signIn = await SignInWithUserAsync(site);
        for (var i = 0; i < Defaults.MaxFailedAttempts; i++)
        {
            await signIn.PasswordSignInAsync("ed", "wrong", CancellationToken.None);
        }

        var lockedUntil = (await UserAsync(site))!.LockoutEndUtc;
        site.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(UserSignInStatus.LockedOut, (await signIn.PasswordSignInAsync("ed", "wrong again", CancellationToken.None)).Status);

        var user = (await UserAsync(site))!;
        Assert.Equal(lockedUntil, user.LockoutEndUtc);
        Assert.Equal(0, user.AccessFailedCount);
    }

    [Fact]
    public async Task PasswordSignIn_UnknownName_FailsAndWritesNothing()
    {
        await using var site = await TestSite.CreateAsync(Provider);
        var signIn = await SignInWithUserAsync(site);
        var before = await site.FingerprintAsync();

        Assert.Equal(UserSignInStatus.Failed, (await signIn.PasswordSignInAsync("nobody", Password, CancellationToken.None)).Status);

        Assert.Equal(before, await site.FingerprintAsync());
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPasswordRepeatedly_LocksTheAccount()
    {
        await using var site = await TestSite.CreateAsync(Provider);
        var signIn = await SignInWithUserAsync(site);

        for (var i = 0; i < Defaults.MaxFailedAttempts; i++)
        {
            await signIn.ChangePasswordAsync(UserId, "not my password", "another long password", CancellationToken.None);
        }

        Assert.NotNull((await UserAsync(site))!.LockoutEndUtc);
        Assert.Equal(UserSignInStatus.LockedOut, (await signIn.PasswordSignInAsync("ed", Password, CancellationToken.None)).Status);
        var refused = await signIn.ChangePasswordAsync(UserId, Password, "another long password", CancellationToken.None);
        Assert.Null(refused.User);
        Assert.Equal(PasswordChangeResult.WrongCurrentPassword, refused.Errors[PasswordChangeResult.CurrentPasswordField]);
    }

    [Fact]
    public async Task ChangePassword_CommonNewPassword_IsRefusedOnTheNewPasswordField()
    {
        await using var site = await TestSite.CreateAsync(Provider);
        var signIn = await SignInWithUserAsync(site);

        var result = await signIn.ChangePasswordAsync(UserId, Password, "Password123456", CancellationToken.None);

        Assert.Null(result.User);
        Assert.Contains("too easy to guess", result.Errors[PasswordChangeResult.NewPasswordField], StringComparison.Ordinal);
        Assert.Equal(PasswordCheckResult.Success, new UserPasswords().Verify((await UserAsync(site))!, Password));
    }

    private static async Task<UserRecord?> UserAsync(TestSite site) =>
        await site.ReadAsync(session => SecurityStore.FindUserByIdAsync(session, UserId, CancellationToken.None));

    private static async Task<UserSignIn> SignInWithUserAsync(TestSite site, bool enabled = true)
    {
        var passwords = new UserPasswords();
        var user = new UserRecord { UserId = UserId, UserName = "ed", Email = "ed@example.test", IsEnabled = enabled };
        passwords.SetPassword(user, Password);
        await using var session = await site.Documents.OpenWriteSessionAsync(CancellationToken.None);
        await SecurityStore.SaveUserAsync(session, user, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        return new UserSignIn(site.Documents, passwords, site.Clock);
    }

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : UserSignInTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}
