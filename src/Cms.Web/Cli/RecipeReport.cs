using Cms.Core.Recipes;

namespace Cms.Web.Cli;

/// <summary>Prints a recipe run's report: one line per step with its outcome and counts, then a summary.</summary>
internal static class RecipeReport
{
    public static void Write(RecipeResult result, TextWriter output, string indent = "  ")
    {
        foreach (var step in result.Steps)
        {
            var summary = step.Summary is { Length: > 0 } s ? "  " + s : "";
            output.WriteLine($"{indent}[{step.Index}] {step.Name,-26} {step.Outcome.ToString().ToLowerInvariant(),-9}{summary}  ({step.Duration.TotalMilliseconds:F0} ms)");
            foreach (var message in step.Messages)
            {
                output.WriteLine($"{indent}      {message}");
            }

            foreach (var inner in step.InnerRecipes)
            {
                output.WriteLine($"{indent}    recipe '{inner.RecipeName}':");
                Write(inner, output, indent + "      ");
            }
        }
    }

    public static void WriteSummary(RecipeResult result, TextWriter output)
    {
        var executed = result.Steps.Count(s => s.Outcome == RecipeStepOutcome.Executed);
        output.WriteLine($"Recipe '{result.RecipeName}': {executed} steps executed, {result.SkippedSteps.Count} skipped, in {result.Duration.TotalSeconds:F1} s.");
    }

    /// <summary>A one-line progress bar, redrawn in place, for content steps with many items.</summary>
    public static Action<RecipeProgress> ProgressBar(TextWriter output) => progress =>
    {
        if (progress.Total < 1000)
        {
            return;
        }

        const int width = 30;
        var filled = (int)((long)width * progress.Done / progress.Total);
        output.Write($"\r  [{progress.StepIndex}] {progress.StepName}: [{new string('#', filled)}{new string('.', width - filled)}] {progress.Done:N0}/{progress.Total:N0}");
        if (progress.Done == progress.Total)
        {
            output.WriteLine();
        }
    };
}
