namespace Cms.Core.Recipes;

/// <summary>
/// What a run sees from outside the recipe: <c>parameters('x')</c> values, the <c>configuration('key')</c>
/// lookup, and how strictly unknown steps are treated. Inner recipes share their parent's environment.
/// </summary>
public sealed class RecipeEnvironment
{
    public static RecipeEnvironment Empty { get; } = new();

    /// <summary>
    /// Values for <c>parameters('name')</c>: AdminUserId, AdminUsername, AdminEmail, SiteName, ... as Orchard's
    /// setup and admin-run recipes provide them. Names are matched case-sensitively, as Orchard's JSON path does.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Parameters { get; init; } = new Dictionary<string, string?>();

    /// <summary>
    /// Backs <c>configuration('Section:Key', default)</c>; null means "not configured". The host hands in a lookup
    /// confined to its recipe configuration section, never the whole configuration.
    /// </summary>
    public Func<string, string?> Configuration { get; init; } = _ => null;

    /// <summary>
    /// When true a step no handler knows, or a script calling a function of a module we do not have, fails the run
    /// instead of being reported as skipped (the script's text kept, without its brackets).
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>The site's path base ("" at the root, "/cms" behind a prefix), for <c>getUrlPrefix()</c>.</summary>
    public string PathBase { get; init; } = "";
}
