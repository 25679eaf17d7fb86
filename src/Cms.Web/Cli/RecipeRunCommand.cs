using System.CommandLine;
using Cms.Core.Recipes;
using Cms.Core.Storage;
using Cms.Web.Hosting;

namespace Cms.Web.Cli;

/// <summary><c>recipe run FILE</c>: applies a recipe to a set-up site in one transaction.</summary>
internal static class RecipeRunCommand
{
    public static Command Create(VerbContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The recipe file (*.recipe.json)." };
        var parameters = new Option<string[]>("--param")
        {
            Description = "A value for parameters('name'); the name must be one the recipe declares in its \"parameters\" array, or one the site provides (AdminUserId, AdminUsername, AdminEmail, SiteName). Repeatable.",
            HelpName = "name=value",
        };
        var strict = new Option<bool>("--strict") { Description = "Fail on a step no handler knows instead of skipping it." };
        var options = new RecipeRunOptions();
        var run = new Command("run", "Run a recipe against the site; it applies whole or not at all.") { file, parameters, strict, options.DryRun, options.AllowDataLoss };
        run.SetAction(parse => VerbRun.GuardAsync(context, () => RunAsync(context, parse, file, parameters, strict, options)));
        return new Command("recipe", "Recipes: run one against a set-up site.") { run };
    }

    private static async Task<int> RunAsync(
        VerbContext context, ParseResult parse, Argument<string> file, Option<string[]> parameters, Option<bool> strict, RecipeRunOptions options)
    {
        // The recipe and its parameters are checked before the site is opened: a mistake changes nothing.
        var recipe = await RecipeReader.ReadFileAsync(Path.GetFullPath(parse.GetRequiredValue(file)), CancellationToken.None);
        var given = RecipeParameterArguments.Parse(parse.GetValue(parameters) ?? [], recipe);
        await using var app = await VerbHost.OpenAsync(context, parse.GetValue(context.DataPath), requireSite: true);
        var (values, actor) = await SiteRecipeParameters.LoadAsync(app.Services.GetRequiredService<DocumentStore>(), CancellationToken.None);
        foreach (var (name, value) in given)
        {
            values[name] = value;
        }

        var request = new RecipeRunRequest
        {
            Actor = actor,
            Parameters = values,
            Configuration = RecipeConfiguration.Lookup(app.Services.GetRequiredService<IConfiguration>()),
            Strict = parse.GetValue(strict),
            Progress = RecipeReport.ProgressBar(context.Errors),
            DryRun = parse.GetValue(options.DryRun),
            AllowDataLoss = parse.GetValue(options.AllowDataLoss),
        };
        context.Output.WriteLine($"Running recipe '{recipe.Name}' ({recipe.FilePath})");
        try
        {
            WriteResult(await app.Services.GetRequiredService<RecipeRunner>().RunAsync(recipe, request, CancellationToken.None), context.Output);
            return 0;
        }
        catch (RecipeExecutionException exception) when (exception.Error.Code == RecipeError.DataLoss)
        {
            return RecipeRunOptions.Refuse(RecipePlan.From(exception.Result), recipe, context);
        }
        catch (RecipeExecutionException exception)
        {
            RecipeReport.Write(exception.Result, context.Output);
            context.Errors.WriteLine($"Failed, nothing was changed: {exception.Error}");
            return 1;
        }
    }

    /// <summary>A dry run prints its plan; a real run its report, what it hid, and a summary.</summary>
    private static void WriteResult(RecipeResult result, TextWriter output)
    {
        var plan = RecipePlan.From(result);
        if (result.DryRun)
        {
            RecipePlanText.Write(plan, output);
            return;
        }

        RecipeReport.Write(result, output);
        RecipePlanText.WriteHidden(plan, output);
        RecipeReport.WriteSummary(result, output);
    }
}
