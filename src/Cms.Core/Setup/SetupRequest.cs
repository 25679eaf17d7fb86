using Cms.Core.Recipes;

namespace Cms.Core.Setup;

/// <summary>What first-start setup needs: the recipe and the admin account (no password: one is generated).</summary>
public sealed record SetupRequest(RecipeDescriptor Recipe, string AdminUserName, string AdminEmail, string? AdminPassword, string SiteName)
{
    public Func<string, string?> Configuration { get; init; } = _ => null;

    public bool Strict { get; init; }
}
