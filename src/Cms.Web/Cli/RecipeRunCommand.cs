using System.CommandLine;
using Cms.Core.Content;
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
        var onConflict = new Option<string>("--on-conflict")
        {
            Description = "Content items modified on this site after the imported copy was made: fail (default: write nothing, list them), " +
                "source (the imported copy wins) or target (this site's version stays).",
            HelpName = "fail|source|target",
        };
        onConflict.AcceptOnlyFromAmong(ContentImportArguments.ConflictModes);
        var mapOwner = new Option<string[]>("--map-owner")
        {
            Description = "Give items whose Owner or Author is FROM (as written in the recipe) to the user TO of this site (user name or id). " +
                "An owner that is no user here and is not mapped is kept as written and reported. Repeatable.",
            HelpName = "FROM=TO",
        };
        var dataLoss = new RecipeRunOptions();
        var run = new Command("run", "Run a recipe against the site; it applies whole or not at all.")
        {
            file, parameters, strict, onConflict, mapOwner, dataLoss.DryRun, dataLoss.AllowDataLoss,
        };
        run.SetAction(parse => VerbRun.GuardAsync(context, () => RunAsync(context, parse, new Options(file, parameters, strict, onConflict, mapOwner, dataLoss))));
        return new Command("recipe", "Recipes: run one against a set-up site.") { run };
    }

    private static async Task<int> RunAsync(VerbContext context, ParseResult parse, Options options)
    {
        // The recipe and its parameters are checked before the site is opened: a mistake changes nothing.
        var recipe = await RecipeReader.ReadFileAsync(Path.GetFullPath(parse.GetRequiredValue(options.File)), CancellationToken.None);
        var given = RecipeParameterArguments.Parse(parse.GetValue(options.Parameters) ?? [], recipe);
        var contentImport = new ContentImportOptions
        {
            OnConflict = ContentImportArguments.ParseConflictMode(parse.GetValue(options.OnConflict)),
            OwnerMap = ContentImportArguments.ParseOwnerMap(parse.GetValue(options.MapOwner) ?? []),
        };
        await using var app = await VerbHost.OpenAsync(context, parse.GetValue(context.DataPath), requireSite: true);
        var store = app.Services.GetRequiredService<DocumentStore>();
        await ContentImportArguments.CheckUsersExistAsync(store, contentImport.OwnerMap);
        var (values, actor) = await SiteRecipeParameters.LoadAsync(store, CancellationToken.None);
        foreach (var (name, value) in given)
        {
            values[name] = value;
        }

        var request = new RecipeRunRequest
        {
            Actor = actor,
            Parameters = values,
            Configuration = RecipeConfiguration.Lookup(app.Services.GetRequiredService<IConfiguration>()),
            Strict = parse.GetValue(options.Strict),
            ContentImport = contentImport,
            DryRun = parse.GetValue(options.DataLoss.DryRun),
            AllowDataLoss = parse.GetValue(options.DataLoss.AllowDataLoss),
        };
        context.Say($"Running recipe '{recipe.Name}' ({recipe.FilePath})");
        var runner = app.Services.GetRequiredService<RecipeRunner>();
        try
        {
            var result = await RecipeProgressDisplay.RunAsync(context, progress =>
                runner.RunAsync(recipe, request with { Progress = progress }, CancellationToken.None));
            context.Report.Result["recipe"] = RecipeReport.ToJson(result);
            WriteResult(result, context);
            return 0;
        }
        catch (RecipeExecutionException exception) when (exception.Error.Code == RecipeError.DataLoss)
        {
            context.Report.Result["recipe"] = RecipeReport.ToJson(exception.Result);
            return RecipeRunOptions.Refuse(RecipePlan.From(exception.Result), recipe, context);
        }
        catch (RecipeExecutionException exception)
        {
            RecipeReport.Write(exception.Result, context.Output);
            context.Report.Result["recipe"] = RecipeReport.ToJson(exception.Result);
            return VerbRun.Fail(context, RecipeReport.Error(exception.Error, "Failed, nothing was changed"));
        }
    }

    /// <summary>A dry run prints its plan; a real run its report, what it hid, and a summary.</summary>
    private static void WriteResult(RecipeResult result, VerbContext context)
    {
        var plan = RecipePlan.From(result);
        if (result.DryRun)
        {
            RecipePlanText.Write(plan, context.Output);
            return;
        }

        RecipeReport.Write(result, context.Output);
        RecipePlanText.WriteHidden(plan, context.Output);
        context.Say(RecipeReport.Summary(result));
    }

    private sealed record Options(
        Argument<string> File, Option<string[]> Parameters, Option<bool> Strict, Option<string> OnConflict, Option<string[]> MapOwner,
        RecipeRunOptions DataLoss);
}
