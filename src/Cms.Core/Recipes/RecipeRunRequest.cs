using Cms.Core.Content;

namespace Cms.Core.Recipes;

/// <summary>Who runs a recipe and with what: parameters(), configuration(), strictness.</summary>
public sealed record RecipeRunRequest
{
    public ContentActor Actor { get; init; } = ContentActor.System;

    public IReadOnlyDictionary<string, string?> Parameters { get; init; } = new Dictionary<string, string?>();

    public Func<string, string?> Configuration { get; init; } = _ => null;

    /// <summary>
    /// A step no handler knows, or a script calling a function of a module we do not have, fails the run instead of
    /// being reported as skipped.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>The site's path base when the run comes over HTTP ("" at the root), for <c>getUrlPrefix()</c>.</summary>
    public string PathBase { get; init; } = "";

    /// <summary>
    /// Definition changes that hide stored values (a part with data detached, a field removed or given another kind, a
    /// type with items deleted) are applied; without it such a run is refused and nothing is changed.
    /// </summary>
    public bool AllowDataLoss { get; init; }

    /// <summary>Runs every step in the transaction and rolls it back: the report says what a real run would do, exactly.</summary>
    public bool DryRun { get; init; }

    /// <summary>What Content steps do with items edited on the site after their imported copy, and how owners are mapped.</summary>
    public ContentImportOptions ContentImport { get; init; } = ContentImportOptions.Default;

    /// <summary>Runs inside the transaction before the first step (setup checks the site is still empty here).</summary>
    public Func<RecipeSite, CancellationToken, Task>? BeforeSteps { get; init; }

    /// <summary>Reports progress of long steps (items imported so far).</summary>
    public Action<RecipeProgress>? Progress { get; init; }

    /// <summary>Runs inside the transaction after the last step (setup creates the admin user here).</summary>
    public Func<RecipeSite, CancellationToken, Task>? BeforeCommit { get; init; }
}
