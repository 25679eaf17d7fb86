using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
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

    private static async Task<int> ExportAsync(VerbContext context, string? dataPath, RecipeExportOptions options, string? file)
    {
        await using var app = await VerbHost.OpenAsync(context, dataPath, requireSite: true);
        var store = app.Services.GetRequiredService<DocumentStore>();
        await using var session = await store.OpenReadSessionAsync(CancellationToken.None);
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var recipe = await RecipeExporter.ExportAsync(session, options, now, CancellationToken.None);
        var json = recipe.ToJsonString(Json);
        if (file is null)
        {
            context.Output.WriteLine(json);
            return 0;
        }

        await File.WriteAllTextAsync(file, json);
        context.Output.WriteLine($"Exported {recipe["steps"]!.AsArray().Count} steps to {Path.GetFullPath(file)}");
        return 0;
    }
}
