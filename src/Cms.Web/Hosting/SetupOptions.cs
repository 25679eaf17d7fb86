namespace Cms.Web.Hosting;

/// <summary>The <c>Cms:Setup</c> section: how an empty site is set up on first start.</summary>
public sealed class SetupOptions
{
    /// <summary>The setup recipe, relative to the content root. Default <c>recipes/ishr.recipe.json</c>.</summary>
    public string Recipe { get; set; } = "recipes/ishr.recipe.json";

    public string AdminUserName { get; set; } = "admin";

    public string AdminEmail { get; set; } = "admin@localhost";

    /// <summary>When empty a password is generated and printed once.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>parameters('SiteName'), used when the recipe sets no site name. Default <c>Cms</c>.</summary>
    public string SiteName { get; set; } = "Cms";

    /// <summary>Set false to start with an empty site (tests seed their own data).</summary>
    public bool Enabled { get; set; } = true;
}
