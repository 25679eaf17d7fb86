using Cms.Core.Content;
using Cms.Core.Definitions;

namespace Cms.Core.Recipes;

/// <summary>The definition changes one step made, counted against the site's stored items and located in the step.</summary>
internal static class RecipeStepChanges
{
    public static async Task<IReadOnlyList<ContentDefinitionChange>> ListAsync(
        RecipeStepContext context, ContentDefinitionDocument before, CancellationToken cancellationToken)
    {
        var changes = ContentDefinitionDiff.Compare(before, context.Definitions);
        if (context.Site is { } site)
        {
            changes = await ContentDefinitionImpact.MeasureAsync(changes, site.Content.Storage, cancellationToken);
        }

        return changes.Select(change => change with
        {
            RecipeName = context.Recipe.Name,
            StepIndex = context.Index,
            StepName = context.Name,
            JsonPath = RecipeJsonPath.Combine(context.JsonPath, DefinitionChangeLocator.Locate(context.Step, change)),
        }).ToList();
    }
}
