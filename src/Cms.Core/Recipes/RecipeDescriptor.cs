using System.Text.Json.Nodes;

namespace Cms.Core.Recipes;

/// <summary>A parsed recipe: Orchard Core's header properties and its ordered steps.</summary>
public sealed class RecipeDescriptor
{
    public string Name { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string Description { get; init; } = "";
    public string Author { get; init; } = "";
    public string WebSite { get; init; } = "";
    public string Version { get; init; } = "";
    public bool IsSetupRecipe { get; init; }
    public DateTime? ExportUtc { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The root <c>variables</c> object, values unevaluated (they are evaluated on first use during a run).</summary>
    public JsonObject Variables { get; init; } = [];

    /// <summary>
    /// True when <c>variables</c> comes after <c>steps</c> in the file. Orchard processes root properties in
    /// document order, so such variables are invisible to the steps; we keep that rule and say so when a
    /// script asks for one.
    /// </summary>
    public bool VariablesFollowSteps { get; init; }

    /// <summary>
    /// The names the root <c>parameters</c> array declares: what <c>parameters('x')</c> expects from whoever runs the
    /// recipe beyond what the site provides. Ours, not Orchard's (Orchard declares nothing), so a caller can refuse a
    /// misspelt or missing value before the run; recipes without it are read as declaring none.
    /// </summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];

    public IReadOnlyList<RecipeStepDescriptor> Steps { get; init; } = [];

    /// <summary>The file the recipe was read from, for messages; null when read from a string.</summary>
    public string? FilePath { get; init; }

    /// <summary>The folder that <c>[file:...]</c> scripts, media <c>SourcePath</c> and inner recipes are relative to.</summary>
    public string? BasePath { get; init; }
}
