using Cms.Core.Definitions;
using Cms.Core.Recipes.Scripting;

namespace Cms.Core.Recipes;

/// <summary>
/// Runs a recipe's steps in file order: each step's scripted values are evaluated just before it runs, then it
/// is handed to the <see cref="IRecipeStep"/> of that name. The first failure stops the run.
/// </summary>
public sealed class RecipeExecutor
{
    // Inner recipes may queue further recipes; this deep is a recipe that includes itself.
    private const int MaxRecipeDepth = 8;

    private readonly Dictionary<string, IRecipeStep> steps;
    private readonly IReadOnlyList<IRecipeScriptEngine> engines;
    private readonly TimeProvider timeProvider;

    public RecipeExecutor(IEnumerable<IRecipeStep> steps, RecipeScriptOptions? scriptOptions = null, TimeProvider? timeProvider = null)
        : this(steps, [new JavaScriptEngine(scriptOptions ?? new RecipeScriptOptions()), new FileScriptEngine()], timeProvider)
    {
    }

    internal RecipeExecutor(IEnumerable<IRecipeStep> steps, IEnumerable<IRecipeScriptEngine> engines, TimeProvider? timeProvider)
    {
        this.steps = new Dictionary<string, IRecipeStep>(StringComparer.OrdinalIgnoreCase);
        foreach (var step in steps)
        {
            if (!this.steps.TryAdd(step.Name, step))
            {
                throw new ArgumentException($"Two recipe steps are named '{step.Name}'.", nameof(steps));
            }
        }

        this.engines = engines.ToList();
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Runs the recipe against <paramref name="definitions"/>, the caller's working copy.</summary>
    /// <exception cref="RecipeExecutionException">A step failed; its index, name, path and message are in <see cref="RecipeExecutionException.Error"/>.</exception>
    public async Task<RecipeResult> ExecuteAsync(
        RecipeDescriptor recipe, RecipeEnvironment environment, ContentDefinitionDocument definitions,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(definitions);

        var (result, failure) = await RunAsync(recipe, environment, definitions, null, 0, cancellationToken);
        return result.Error is null ? result : throw new RecipeExecutionException(result, failure);
    }

    /// <summary>Runs the recipe against a site: its content session, settings, roles and media, in one transaction.</summary>
    /// <exception cref="RecipeExecutionException">A step failed; the caller rolls the site back.</exception>
    public async Task<RecipeResult> ExecuteOnSiteAsync(
        RecipeDescriptor recipe, RecipeEnvironment environment, RecipeSite site, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(site);

        var (result, failure) = await RunAsync(recipe, environment, site.Definitions, site, 0, cancellationToken);
        return result.Error is null ? result : throw new RecipeExecutionException(result, failure);
    }

    private async Task<(RecipeResult Result, Exception? Failure)> RunAsync(
        RecipeDescriptor recipe, RecipeEnvironment environment, ContentDefinitionDocument definitions, RecipeSite? site, int depth,
        CancellationToken cancellationToken)
    {
        var result = new RecipeResult(recipe.Name);
        var started = timeProvider.GetTimestamp();
        var scope = new RecipeScriptScope(engines, recipe, environment, cancellationToken);
        Exception? failure = null;

        foreach (var step in recipe.Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stepResult = new RecipeStepResult(step.Index, step.Name);
            result.Add(stepResult);
            var stepStarted = timeProvider.GetTimestamp();
            var outcome = await RunStepAsync(recipe, step, scope, environment, definitions, site, stepResult, cancellationToken);
            (result.Error, failure) = (outcome.Error, outcome.Failure);
            stepResult.Duration = timeProvider.GetElapsedTime(stepStarted);
            ReportScripts(step, scope, stepResult);

            if (result.Error is null && outcome.InnerRecipes.Count > 0)
            {
                (result.Error, failure) = await RunInnerRecipesAsync(
                    recipe, step, outcome.InnerRecipes, stepResult, environment, definitions, site, depth, cancellationToken);
            }

            if (result.Error is not null)
            {
                break;
            }
        }

        result.Duration = timeProvider.GetElapsedTime(started);
        return (result, failure);
    }

    /// <summary>Inner recipes get their own variables but share the environment and the working definitions.</summary>
    private async Task<(RecipeError? Error, Exception? Failure)> RunInnerRecipesAsync(
        RecipeDescriptor recipe, RecipeStepDescriptor step, IReadOnlyList<RecipeDescriptor> innerRecipes,
        RecipeStepResult stepResult, RecipeEnvironment environment, ContentDefinitionDocument definitions, RecipeSite? site, int depth,
        CancellationToken cancellationToken)
    {
        foreach (var inner in innerRecipes)
        {
            if (depth + 1 >= MaxRecipeDepth)
            {
                stepResult.Outcome = RecipeStepOutcome.Failed;
                return (new RecipeError(recipe.Name, step.Index, step.Name, step.JsonPath,
                    $"Recipes nest more than {MaxRecipeDepth} deep; does '{inner.Name}' include itself?"), null);
            }

            var (innerResult, innerFailure) = await RunAsync(inner, environment, definitions, site, depth + 1, cancellationToken);
            stepResult.AddInnerRecipe(innerResult);
            if (innerResult.Error is not null)
            {
                return (innerResult.Error, innerFailure);
            }
        }

        return (null, null);
    }

    private async Task<StepOutcome> RunStepAsync(
        RecipeDescriptor recipe, RecipeStepDescriptor step, RecipeScriptScope scope, RecipeEnvironment environment,
        ContentDefinitionDocument definitions, RecipeSite? site, RecipeStepResult stepResult, CancellationToken cancellationToken)
    {
        StepOutcome Fail(string? path, string message, Exception? exception)
        {
            stepResult.Outcome = RecipeStepOutcome.Failed;
            return new StepOutcome(new RecipeError(recipe.Name, step.Index, step.Name, path, message), exception, []);
        }

        if (!steps.TryGetValue(step.Name, out var handler))
        {
            if (environment.Strict)
            {
                return Fail(step.JsonPath, $"The step '{step.Name}' is not supported: no recipe step has that name.", null);
            }

            stepResult.Outcome = RecipeStepOutcome.Skipped;
            stepResult.AddMessage($"Step {RecipeStepNumber.FromIndex(step.Index)} ({step.Name}) was skipped: no recipe step has that name.");
            return new StepOutcome(null, null, []);
        }

        try
        {
            var evaluated = RecipeValueEvaluator.EvaluateStep(step.Shell, step.JsonPath, scope);
            var context = new RecipeStepContext(recipe, step, evaluated, environment, definitions, stepResult, scope) { Site = site };
            await ExecuteHandlerAsync(handler, context, stepResult, cancellationToken);
            stepResult.Outcome = RecipeStepOutcome.Executed;
            return new StepOutcome(null, null, context.InnerRecipes);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (RecipeScriptException ex)
        {
            return Fail(ex.JsonPath ?? step.JsonPath, ex.Message, ex);
        }
        catch (RecipeStepException ex)
        {
            return Fail(RecipeJsonPath.Combine(step.JsonPath, ex.JsonPath), ex.Message, ex);
        }
        catch (Exception ex)
        {
            return Fail(step.JsonPath, $"Unexpected error occurred while executing the '{step.Name}' step: {ex.Message}", ex);
        }
    }

    /// <summary>Runs the step's handler and records what it changed in the definitions, if anything.</summary>
    private static async Task ExecuteHandlerAsync(IRecipeStep handler, RecipeStepContext context, RecipeStepResult stepResult, CancellationToken cancellationToken)
    {
        var definitionsBefore = context.Definitions.ToJson();
        await handler.ExecuteAsync(context, cancellationToken);
        if (context.Definitions.ToJson() != definitionsBefore)
        {
            stepResult.DefinitionChanges = await RecipeStepChanges.ListAsync(context, ContentDefinitionDocument.FromJson(definitionsBefore), cancellationToken);
        }
    }

    /// <summary>Values kept as text and script log lines go in the report of the step they belong to.</summary>
    private static void ReportScripts(RecipeStepDescriptor step, RecipeScriptScope scope, RecipeStepResult stepResult)
    {
        var (unevaluated, notes) = scope.TakeReport();
        foreach (var note in notes)
        {
            stepResult.AddMessage(note);
        }

        foreach (var script in unevaluated)
        {
            stepResult.AddMessage(
                $"Step {RecipeStepNumber.FromIndex(step.Index)} ({step.Name}): {script.JsonPath} was not evaluated and is kept as text, " +
                $"'{RecipeScriptScope.Shorten(script.Expression)}': {script.Function}() belongs to {script.Module}, which this CMS does not have.");
        }

        stepResult.UnevaluatedScripts = unevaluated.Count > 0 ? unevaluated : null;
    }

    private sealed record StepOutcome(RecipeError? Error, Exception? Failure, IReadOnlyList<RecipeDescriptor> InnerRecipes);
}
