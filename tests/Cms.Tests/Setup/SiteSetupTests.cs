using Cms.Core.ContentModel;
using Cms.Core.Querying;
using Cms.Core.Recipes;
using Cms.Core.Security;
using Cms.Core.Settings;
using Cms.Core.Setup;
using Cms.Tests.Support;

namespace Cms.Tests.Setup;

public sealed class SiteSetupTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.CreateAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private SiteSetup Setup() => new(_site.Recipes, _site.Documents, new UserPasswords(), _site.Clock);

    private static SetupRequest Request(string? password = "Secret-passw0rd") =>
        new(RecipeReader.Read(TestRecipes.Setup), "admin", "admin@example.org", password, "ISHR");

    [Fact]
    public async Task Setup_EmptySite_RunsRecipeAndCreatesAdministrator()
    {
        var result = await Setup().SetupAsync(Request(), None);

        Assert.True(result.Ran);
        Assert.Null(result.GeneratedPassword);
        var admin = await _site.ReadAsync(s => SecurityStore.FindUserByNameAsync(s, "admin", None));
        Assert.NotNull(admin);
        Assert.Equal(result.AdminUserId, admin.UserId);
        Assert.Equal([SystemRoles.Administrator], admin.RoleNames);
        Assert.Equal(PasswordCheckResult.Success, new UserPasswords().Verify(admin, "Secret-passw0rd"));
        var settings = await _site.ReadAsync(s => SiteSettings.LoadAsync(s, None));
        Assert.Equal("ISHR (tests)", settings!.SiteName);
        Assert.Equal(admin.UserId, settings.SuperUser);
        Assert.Equal("Europe/Zurich", settings.TimeZoneId);
        Assert.NotNull(settings.SetupCompletedUtc);
        var note = Assert.Single(await _site.ReadAsync(s => s.QueryAsync(new ContentQuery { ContentTypes = ["Note"] }, None)));
        Assert.Equal(admin.UserId, note.Owner);
        Assert.Equal("admin", note.Author);
        Assert.Equal("Hello from admin@example.org", note.GetPart("Note")!["Body"]!["Text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Setup_NoPassword_GeneratesOneThatSignsIn()
    {
        var result = await Setup().SetupAsync(Request(password: null), None);

        Assert.False(string.IsNullOrEmpty(result.GeneratedPassword));
        var admin = await _site.ReadAsync(s => SecurityStore.FindUserByNameAsync(s, "admin", None));
        Assert.Equal(PasswordCheckResult.Success, new UserPasswords().Verify(admin!, result.GeneratedPassword!));
    }

    [Fact]
    public async Task Setup_AlreadySetUp_ChangesNothing()
    {
        await Setup().SetupAsync(Request(), None);
        var before = await _site.FingerprintAsync();

        var second = await Setup().SetupAsync(Request(), None);

        Assert.False(second.Ran);
        Assert.Equal(before, await _site.FingerprintAsync());
    }

    [Fact]
    public async Task Setup_TwoNodesAtOnce_OnlyOneSetsTheSiteUp()
    {
        var first = Setup().SetupAsync(Request(), None);
        var second = new SiteSetup(_site.Recipes, _site.Documents, new UserPasswords(), _site.Clock).SetupAsync(Request(), None);

        var results = await Task.WhenAll(first, second);

        Assert.Single(results, r => r.Ran);
        var users = await _site.ReadAsync(s => SecurityStore.ListUsersAsync(s, None));
        Assert.Single(users);
        Assert.Single(await _site.ReadAsync(s => s.QueryAsync(new ContentQuery { ContentTypes = ["Note"] }, None)));
    }

    [Fact]
    public async Task Setup_FailingRecipe_LeavesSiteEmptyAndUnset()
    {
        var broken = RecipeReader.Read("""{ "name": "Broken", "steps": [ { "name": "Settings", "SiteName": "[js: variables('nope')]" } ] }""");

        await Assert.ThrowsAsync<RecipeExecutionException>(() =>
            Setup().SetupAsync(new SetupRequest(broken, "admin", "a@b.c", "Secret-passw0rd", "X"), None));

        Assert.False(await Setup().IsSetUpAsync(None));
        Assert.Empty(await _site.ReadAsync(s => SecurityStore.ListUsersAsync(s, None)));
    }

    [Fact]
    public async Task Setup_CommonAdminPassword_IsRefusedAndChangesNothing()
    {
        var before = await _site.FingerprintAsync();

        var error = await Assert.ThrowsAsync<PasswordPolicyException>(() => Setup().SetupAsync(Request("Password123456"), None));

        Assert.Contains("too easy to guess", error.Message, StringComparison.Ordinal);
        Assert.False(await Setup().IsSetUpAsync(None));
        Assert.Equal(before, await _site.FingerprintAsync());
    }

    [Fact]
    public async Task Setup_WithoutPassword_GeneratesOneThePolicyAccepts()
    {
        var result = await Setup().SetupAsync(Request(password: null), None);

        Assert.NotNull(result.GeneratedPassword);
        Assert.Null(new PasswordPolicy().Check(result.GeneratedPassword, "admin", "admin@example.org"));
    }

    [Fact]
    public async Task Setup_RecipeBringsTheAdministrator_KeepsItsIdAndPasswordAndOwnsItsItems()
    {
        var hashed = new UserRecord { UserName = "admin" };
        new UserPasswords().SetPassword(hashed, "Exported-passw0rd");
        var recipe = RecipeReader.Read($$"""
            { "name": "Twin", "issetuprecipe": true, "steps": [
              { "name": "Users", "Users": [ { "UserId": "4exported00000000000000001", "UserName": "admin", "Email": "ops@example.org",
                "PasswordHash": "{{hashed.PasswordHash}}", "RoleNames": [] } ] },
              { "name": "Settings", "SiteName": "[js: parameters('AdminUserId')]" } ] }
            """);

        var result = await Setup().SetupAsync(new SetupRequest(recipe, "admin", "admin@example.org", null, "ISHR"), None);

        Assert.True(result.AdministratorFromRecipe);
        Assert.Null(result.GeneratedPassword);
        Assert.Equal("4exported00000000000000001", result.AdminUserId);
        var admin = Assert.Single(await _site.ReadAsync(s => SecurityStore.ListUsersAsync(s, None)));
        Assert.Equal("4exported00000000000000001", admin.UserId);
        Assert.Equal("ops@example.org", admin.Email);
        Assert.Equal([SystemRoles.Administrator], admin.RoleNames);
        Assert.Equal(PasswordCheckResult.Success, new UserPasswords().Verify(admin, "Exported-passw0rd"));
        var settings = await _site.ReadAsync(s => SiteSettings.LoadAsync(s, None));
        Assert.Equal("4exported00000000000000001", settings!.SuperUser);
        Assert.Equal("4exported00000000000000001", settings.SiteName);
    }
}
