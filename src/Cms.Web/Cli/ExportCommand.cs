using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Recipes;
using Cms.Core.Storage;

namespace Cms.Web.Cli;

/// <summary><c>export</c>: writes the site (or part of it) as a recipe.</summary>
internal static class ExportCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(VerbContext context)
    {
        var types = new Option<string>("--types") { Description = "Content types to export, comma-separated (default: all).", HelpName = "A,B" };
        var definitions = new Option<bool>("--definitions") { Description = "Export the content definitions." };
        var content = new Option<bool>("--content") { Description = "Export published content items." };
        var roles = new Option<bool>("--roles") { Description = "Export the roles." };
        var settings = new Option<bool>("--settings") { Description = "Export the site settings." };
        var asSetup = new Option<bool>("--as-setup") { Description = "Export as a setup recipe (new ids, owner from parameters, no dates)." };
        var output = new Option<string>("--out") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var command = new Command("export", "Export the site as a recipe.") { types, definitions, content, roles, settings, asSetup, output };
        command.SetAction(parse => VerbRun.GuardAsync(context, async () =>
        {
            var options = new RecipeExportOptions
            {
                Types = (parse.GetValue(types) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Definitions = parse.GetValue(definitions),
                Content = parse.GetValue(content),
                Roles = parse.GetValue(roles),
                Settings = parse.GetValue(settings),
                AsSetup = parse.GetValue(asSetup),
            };
            return await ExportAsync(context, parse.GetValue(context.DataPath), options, parse.GetValue(output));
        }));
        return command;
    }

    /// <summary>
    /// Reads only: an older store is not migrated (the verb asks for <c>migrate</c>). The recipe goes to the file, or to
    /// standard output; with <c>--json</c> and no file, it is the report's <c>result.recipe</c>.
    /// </summary>
    private static async Task<int> ExportAsync(VerbContext context, string? dataPath, RecipeExportOptions options, string? file)
    {
        await using var app = await VerbHost.OpenAsync(context, dataPath, requireSite: true, readOnly: true);
        var store = app.Services.GetRequiredService<DocumentStore>();
        await using var session = await store.OpenReadSessionAsync(CancellationToken.None);
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var recipe = await RecipeExporter.ExportAsync(session, options, now, CancellationToken.None);
        var steps = recipe["steps"]!.AsArray();
        context.Report.Result["steps"] = new JsonArray([.. steps.Select(step => (JsonNode?)step!["name"]!.DeepClone())]);
        if (file is null && context.JsonReport)
        {
            context.Report.Result["recipe"] = recipe.DeepClone();
            return 0;
        }

        if (file is null)
        {
            context.Output.WriteLine(recipe.ToJsonString(Json));
            return 0;
        }

        await File.WriteAllTextAsync(file, recipe.ToJsonString(Json));
        context.Report.Result["file"] = Path.GetFullPath(file);
        context.Say($"Exported {steps.Count} steps to {Path.GetFullPath(file)}");
        return 0;
    }
}
