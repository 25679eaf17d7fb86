using System.CommandLine;
using Cms.Core.Recipes;

namespace Cms.Web.Cli;

/// <summary><c>recipe run</c>'s <c>--dry-run</c> and <c>--allow-data-loss</c>, and how a run refused for data loss is reported.</summary>
internal sealed class RecipeRunOptions
{
    public Option<bool> DryRun { get; } = new("--dry-run")
    {
        Description = "Print what each step would change and how many stored items each change touches, then roll everything back.",
    };

    public Option<bool> AllowDataLoss { get; } = new("--allow-data-loss")
    {
        Description = "Apply definition changes that hide stored values (a part with data detached, a field removed or given " +
            "another kind, a type with items deleted); without it such a run is refused with exit code 3.",
    };

    /// <summary>Prints the plan and the refusal naming the recipe file; returns <see cref="VerbRun.DataLossRefused"/>.</summary>
    public static int Refuse(RecipePlan plan, RecipeDescriptor recipe, VerbContext context)
    {
        RecipePlanText.Write(plan, context.Output);
        var advice = plan.DryRun
            ? "A real run would be refused: add --allow-data-loss to apply it."
            : "Run again with --allow-data-loss to apply it anyway, or with --dry-run to see the whole plan.";
        return VerbRun.Fail(context, new VerbError(VerbError.Failed, $"{recipe.FilePath}: {plan.Error}") { Details = [advice] }, VerbRun.DataLossRefused);
    }
}
