using Cms.Core.Recipes;

namespace Cms.Core.Setup;

/// <summary>The outcome of setup: whether it ran (not when the site was already set up), and the generated password if any.</summary>
public sealed record SetupResult(bool Ran, RecipeResult? Recipe, string? AdminUserId, string? GeneratedPassword)
{
    /// <summary>The administrator is a user the recipe's Users step brought (a setup export with its users).</summary>
    public bool AdministratorFromRecipe { get; init; }
}
