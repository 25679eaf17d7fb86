namespace Cms.Core.Recipes;

/// <summary>Why a run stopped: the recipe (an inner recipe's own name when it failed), the step and the culprit's path.</summary>
/// <param name="StepIndex">0-based index in the recipe's steps; -1 when the failure is not tied to a step.</param>
/// <param name="JsonPath">E.g. <c>$.steps[2].ContentTypes[0].Settings.TaxonomyFieldSettings.TaxonomyContentItemId</c>.</param>
/// <param name="Message">The step's own message, e.g. Orchard's "Unable to add content-part to ...".</param>
public sealed record RecipeError(string RecipeName, int StepIndex, string StepName, string? JsonPath, string Message)
{
    /// <summary>The <see cref="Code"/> of a run refused because its definition changes would hide stored values.</summary>
    public const string DataLoss = "data-loss";

    /// <summary>Null for a failing step; <see cref="DataLoss"/> for a refused run whose steps all succeeded.</summary>
    public string? Code { get; init; }

    public override string ToString()
    {
        var step = StepIndex < 0 ? "" : $" step {StepIndex} '{StepName}'";
        var path = JsonPath is null ? "" : $" at {JsonPath}";
        return $"Recipe '{RecipeName}'{step} failed{path}: {Message}";
    }
}
