using Cms.Core.Security;

namespace Cms.Tests.Security;

public sealed class PasswordPolicyTests
{
    private readonly PasswordPolicy _policy = new();

    [Fact]
    public void Check_ElevenCharacters_NamesTheDefaultMinimum()
    {
        Assert.Equal("The password must be at least 12 characters long.", _policy.Check("a1b2c3d4e5f"));
    }

    [Fact]
    public void Check_ConfiguredMinimum_IsTheOneApplied()
    {
        var policy = new PasswordPolicy(new PasswordPolicyOptions { MinimumLength = 20 });

        Assert.Equal("The password must be at least 20 characters long.", policy.Check("nineteen characters"));
        Assert.Null(policy.Check("twenty characters ok"));
    }

    [Theory]
    [InlineData("Password12345")]
    [InlineData("QWERTYUIOP123")]
    [InlineData("correct horse battery staple")]
    [InlineData("aaaaaaaaaaaaaa")]
    [InlineData("Summer2025!")]
    [InlineData("orchardcore2026")]
    [InlineData("1q2w3e4r5t6y")]
    public void Check_CommonPasswordInAnyCase_IsRefused(string password)
    {
        var policy = new PasswordPolicy(new PasswordPolicyOptions { MinimumLength = 8 });

        Assert.Contains("too easy to guess", policy.Check(password), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LowercasePassphraseWithoutDigitsOrSymbols_IsAccepted()
    {
        Assert.Null(_policy.Check("violet kettle under the stairs"));
    }

    [Fact]
    public void Check_TheAccountsOwnNameOrEmail_IsRefused()
    {
        Assert.NotNull(_policy.Check("Maria.Gonzalez", userName: "maria.gonzalez"));
        Assert.NotNull(_policy.Check("maria@example.org", userName: "maria", email: "Maria@Example.org"));
    }

    [Fact]
    public void CommonPasswords_BundledList_HasThousandsOfEntries()
    {
        Assert.InRange(CommonPasswords.Count, 5_000, 50_000);
    }
}
