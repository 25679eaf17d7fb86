using Cms.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cms.Tests.Security;

public sealed class UserPasswordsTests
{
    private readonly UserPasswords _passwords = new();
    private readonly UserRecord _user = new() { UserId = SecurityScenario.AliceId, UserName = "alice" };

    [Fact]
    public void Verify_RightPassword_Succeeds()
    {
        _passwords.SetPassword(_user, "Correct horse 1!");

        Assert.Equal(PasswordCheckResult.Success, _passwords.Verify(_user, "Correct horse 1!"));
    }

    [Fact]
    public void Verify_WrongPassword_Fails()
    {
        _passwords.SetPassword(_user, "Correct horse 1!");

        Assert.Equal(PasswordCheckResult.Failed, _passwords.Verify(_user, "correct horse 1!"));
    }

    [Fact]
    public void SetPassword_Always_ChangesSecurityStamp()
    {
        _passwords.SetPassword(_user, "first");
        var stamp = _user.SecurityStamp;

        _passwords.SetPassword(_user, "second");

        Assert.NotNull(stamp);
        Assert.NotEqual(stamp, _user.SecurityStamp);
    }

    [Fact]
    public void Hash_SamePasswordTwice_IsSalted()
    {
        Assert.NotEqual(_passwords.Hash(_user, "secret"), _passwords.Hash(_user, "secret"));
    }

    [Fact]
    public void Verify_OldFormatHash_SucceedsWithRehashNeeded()
    {
        var old = new UserPasswords(Options.Create(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 }));
        _user.PasswordHash = old.Hash(_user, "secret");

        Assert.Equal(PasswordCheckResult.SuccessRehashNeeded, _passwords.Verify(_user, "secret"));
    }

    [Fact]
    public void Verify_FewerIterationsThanConfigured_SucceedsWithRehashNeeded()
    {
        var weak = new UserPasswords(Options.Create(new PasswordHasherOptions { IterationCount = 1_000 }));
        _user.PasswordHash = weak.Hash(_user, "secret");

        Assert.Equal(PasswordCheckResult.SuccessRehashNeeded, _passwords.Verify(_user, "secret"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    public void Verify_MissingOrMalformedHash_Fails(string? hash)
    {
        _user.PasswordHash = hash;

        Assert.Equal(PasswordCheckResult.Failed, _passwords.Verify(_user, "secret"));
    }
}
