using Cms.Core.Recipes;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Cms.Web.Cli;

/// <summary>
/// Progress of long steps (a Content step of 1,000 items or more). On a terminal, a live bar with the item rate and the
/// time left (Spectre.Console redraws it in place). Anywhere else (a file, a pipe, a log collector, or with
/// <c>--json</c>) plain lines at each quarter, never a redraw: no carriage-return frames end up in logs.
/// </summary>
internal static class RecipeProgressDisplay
{
    private const int SmallestShown = 1000;

    public static Task<T> RunAsync<T>(VerbContext context, Func<Action<RecipeProgress>, Task<T>> work) =>
        context.OutputIsTerminal ? RunWithBarAsync(work) : work(Lines(context.Output));

    private static async Task<T> RunWithBarAsync<T>(Func<Action<RecipeProgress>, Task<T>> work)
    {
        var progress = AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ItemRateColumn(), new RemainingTimeColumn());
        return await progress.StartAsync(async display =>
        {
            var bars = new Dictionary<int, ProgressTask>();
            return await work(step =>
            {
                if (step.Total < SmallestShown)
                {
                    return;
                }

                if (!bars.TryGetValue(step.StepIndex, out var bar))
                {
                    bar = display.AddTask(RecipeStepNumber.Describe(step.StepIndex, step.StepName), maxValue: step.Total);
                    bars[step.StepIndex] = bar;
                }

                bar.Increment(step.Done - bar.Value);
            });
        });
    }

    /// <summary>"step 5 (Content): 5,000 of 20,000 items" at each quarter reached.</summary>
    private static Action<RecipeProgress> Lines(TextWriter output)
    {
        var shown = new Dictionary<int, int>();
        return step =>
        {
            var quarter = step.Total < SmallestShown ? 0 : (int)(4L * step.Done / step.Total);
            if (quarter == 0 || shown.GetValueOrDefault(step.StepIndex) >= quarter)
            {
                return;
            }

            shown[step.StepIndex] = quarter;
            output.WriteLine($"  {RecipeStepNumber.Describe(step.StepIndex, step.StepName)}: {step.Done:N0} of {step.Total:N0} items");
        };
    }

    /// <summary>Items per second, as Spectre measures the task's speed.</summary>
    private sealed class ItemRateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? $"{speed:N0} items/s" : "", Style.Plain);
    }
}
