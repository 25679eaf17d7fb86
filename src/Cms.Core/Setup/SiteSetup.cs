using System.Security.Cryptography;
using Cms.Core.ContentModel;
using Cms.Core.Recipes;
using Cms.Core.Security;
using Cms.Core.Settings;
using Cms.Core.Storage;

namespace Cms.Core.Setup;

/// <summary>
/// Sets an empty site up from a setup recipe and creates its administrator, in the recipe's one
/// transaction. The check "already set up?" is made inside that transaction: the store lets one
/// writer in at a time, so two nodes starting together cannot both set the site up.
/// </summary>
public sealed class SiteSetup
{
    private readonly RecipeRunner _recipes;
    private readonly DocumentStore _store;
    private readonly UserPasswords _passwords;
    private readonly TimeProvider _clock;
    private readonly PasswordPolicy _policy;

    public SiteSetup(RecipeRunner recipes, DocumentStore store, UserPasswords passwords, TimeProvider clock, PasswordPolicy? policy = null)
    {
        _recipes = recipes;
        _store = store;
        _passwords = passwords;
        _clock = clock;
        _policy = policy ?? new PasswordPolicy();
    }

    public async Task<bool> IsSetUpAsync(CancellationToken cancellationToken)
    {
        await using var session = await _store.OpenReadSessionAsync(cancellationToken);
        return (await SiteSettings.LoadAsync(session, cancellationToken))?.SetupCompletedUtc is not null;
    }

    /// <exception cref="PasswordPolicyException">The administrator password given is refused; nothing was changed.</exception>
    public async Task<SetupResult> SetupAsync(SetupRequest request, CancellationToken cancellationToken)
    {
        if (request.AdminPassword is { Length: > 0 } chosen && _policy.Check(chosen, request.AdminUserName, request.AdminEmail) is { } refused)
        {
            throw new PasswordPolicyException($"The administrator password is refused: {refused}");
        }

        // A setup recipe exported with its users may hold the administrator already: that account is kept, id and
        // password hash included, so the content it owns stays its own and its password still signs it in.
        var fromRecipe = SetupAdministrator.FindInRecipe(request.Recipe, request.AdminUserName);
        var adminUserId = fromRecipe ?? IdGenerator.NewId();
        var generated = string.IsNullOrEmpty(request.AdminPassword) && fromRecipe is null ? GeneratePassword() : null;
        var password = request.AdminPassword is { Length: > 0 } given ? given : generated;
        var run = new RecipeRunRequest
        {
            Actor = new Content.ContentActor(adminUserId, request.AdminUserName),
            Parameters = new Dictionary<string, string?>
            {
                ["AdminUserId"] = adminUserId,
                ["AdminUsername"] = request.AdminUserName,
                ["AdminEmail"] = request.AdminEmail,
                ["SiteName"] = request.SiteName,
            },
            Configuration = request.Configuration,
            Strict = request.Strict,
            BeforeSteps = (site, _) => site.Settings.SetupCompletedUtc is null
                ? Task.CompletedTask
                : throw new SiteAlreadySetUpException("The site is already set up."),
            BeforeCommit = (site, token) => CreateAdministratorAsync(site, request, adminUserId, password, token),
        };

        try
        {
            var result = await _recipes.RunAsync(request.Recipe, run, cancellationToken);
            return new SetupResult(true, result, adminUserId, generated) { AdministratorFromRecipe = fromRecipe is not null };
        }
        catch (SiteAlreadySetUpException)
        {
            return new SetupResult(false, null, null, null);
        }
    }

    /// <param name="password">Null keeps the password of an administrator the recipe brought.</param>
    private async Task CreateAdministratorAsync(RecipeSite site, SetupRequest request, string adminUserId, string? password,
        CancellationToken cancellationToken)
    {
        var admin = await SecurityStore.FindUserByIdAsync(site.Content.Storage, adminUserId, cancellationToken) ?? new UserRecord
        {
            UserId = adminUserId,
            UserName = request.AdminUserName,
            Email = request.AdminEmail,
            EmailConfirmed = true,
        };
        if (!admin.RoleNames.Contains(SystemRoles.Administrator, SystemRoles.NameComparer))
        {
            admin.RoleNames.Add(SystemRoles.Administrator);
        }

        if (password is not null)
        {
            _passwords.SetPassword(admin, password);
        }

        await SecurityStore.SaveUserAsync(site.Content.Storage, admin, cancellationToken);
        site.Settings.SuperUser = adminUserId;
        if (string.IsNullOrEmpty(site.Settings.SiteName))
        {
            site.Settings.SiteName = request.SiteName;
        }

        site.Settings.SetupCompletedUtc = _clock.GetUtcNow().UtcDateTime;
    }

    /// <summary>27 characters, 144 random bits: far past the policy's minimum and never on its list.</summary>
    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y') + "!7a";
}
