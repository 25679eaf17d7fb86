namespace Cms.Core.Recipes;

/// <summary>Why a run stopped: the recipe (an inner recipe's own name when it failed), the step and the culprit's path.</summary>
/// <param name="StepIndex">0-based index in the recipe's steps, as in the JSON path; -1 when the failure is not tied to a step.
/// People read <see cref="StepNumber"/>, counted from 1.</param>
/// <param name="JsonPath">E.g. <c>$.steps[2].ContentTypes[0].Settings.TaxonomyFieldSettings.TaxonomyContentItemId</c>.</param>
/// <param name="Message">The step's own message, e.g. Orchard's "Unable to add content-part to ...".</param>
public sealed record RecipeError(string RecipeName, int StepIndex, string StepName, string? JsonPath, string Message)
{
    /// <summary>The <see cref="Code"/> of a run refused because its definition changes would hide stored values.</summary>
    public const string DataLoss = "data-loss";

    /// <summary>Null for a failing step; <see cref="DataLoss"/> for a refused run whose steps all succeeded.</summary>
    public string? Code { get; init; }

    /// <summary>1-based, as messages count steps; null when the failure is not tied to a step.</summary>
    public int? StepNumber => StepIndex < 0 ? null : RecipeStepNumber.FromIndex(StepIndex);

    /// <summary>"Recipe 'X' failed at step 5 (Content), JSON path $.steps[4].data[3]: ...".</summary>
    public override string ToString()
    {
        var step = StepIndex < 0 ? "" : $" at {RecipeStepNumber.Describe(StepIndex, StepName)}";
        var path = JsonPath is null ? "" : $"{(StepIndex < 0 ? " at" : ",")} {RecipeStepNumber.DescribePath(JsonPath)}";
        return $"Recipe '{RecipeName}' failed{step}{path}: {Message}";
    }
}
