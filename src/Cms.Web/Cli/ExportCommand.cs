using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cms.Core.Media;
using System.Text.Json.Nodes;
using Cms.Core.Recipes;
using Cms.Core.Storage;

namespace Cms.Web.Cli;

/// <summary><c>export</c>: writes the site (or part of it) as a recipe, to standard output, a file, or a folder with its media.</summary>
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
        var asSetup = new Option<bool>("--as-setup")
        {
            Description = "Export as a setup recipe that builds a twin of the site (same ids; owner from parameters unless --include-users).",
        };
        var freshIds = new Option<bool>("--fresh-ids") { Description = "With --as-setup: new ids on import, every reference rewritten to follow them." };
        var media = new Option<bool?>("--media") { Description = "Export the media files (default: on with --as-setup; --media false to leave them out)." };
        var users = new Option<bool>("--include-users") { Description = "Export the users with their password hashes and roles." };
        var output = new Option<string>("--out")
        {
            Description = "Write to this file; to a folder (existing, or ending in /) the recipe goes in with the media files beside it.",
            HelpName = "FILE|DIR/",
        };
        var command = new Command("export", "Export the site as a recipe.") { types, definitions, content, roles, settings, asSetup, freshIds, media, users, output };
        command.SetAction(parse => VerbRun.GuardAsync(context, async () =>
        {
            var file = parse.GetValue(output);
            var options = new RecipeExportOptions
            {
                Types = (parse.GetValue(types) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Definitions = parse.GetValue(definitions),
                Content = parse.GetValue(content),
                Roles = parse.GetValue(roles),
                Settings = parse.GetValue(settings),
                AsSetup = parse.GetValue(asSetup),
                FreshIds = parse.GetValue(freshIds),
                Media = parse.GetValue(media),
                MediaBesideRecipe = file is not null && IsFolder(file),
                Users = parse.GetValue(users),
            };
            if (options.FreshIds && !options.AsSetup)
            {
                throw new CommandLineException("--fresh-ids is for a setup export: add --as-setup.");
            }

            return await ExportAsync(context, parse.GetValue(context.DataPath), options, file);
        }));
        return command;
    }

    private static bool IsFolder(string path) =>
        Directory.Exists(path) || path.EndsWith(Path.DirectorySeparatorChar) || path.EndsWith(Path.AltDirectorySeparatorChar);

    /// <summary>
    /// Reads only: an older store is not migrated (the verb asks for <c>migrate</c>). The recipe goes to the file or folder,
    /// or to standard output; with <c>--json</c> and no file, it is the report's <c>result.recipe</c>.
    /// </summary>
    private static async Task<int> ExportAsync(VerbContext context, string? dataPath, RecipeExportOptions options, string? file)
    {
        await using var app = await VerbHost.OpenAsync(context, dataPath, requireSite: true, readOnly: true);
        var store = app.Services.GetRequiredService<DocumentStore>();
        var mediaStore = app.Services.GetRequiredService<MediaStore>();
        await using var session = await store.OpenReadSessionAsync(CancellationToken.None);
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var recipe = await RecipeExporter.ExportAsync(session, mediaStore, options, now, CancellationToken.None);
        var json = recipe.ToJsonString(Json);
        var steps = recipe["steps"]!.AsArray();
        context.Report.Result["steps"] = new JsonArray([.. steps.Select(step => (JsonNode?)step!["name"]!.DeepClone())]);
        if (file is null && context.JsonReport)
        {
            context.Report.Result["recipe"] = recipe.DeepClone();
            return 0;
        }

        if (file is null)
        {
            context.Output.WriteLine(json);
            return 0;
        }

        if (options.MediaBesideRecipe)
        {
            var name = options.AsSetup ? "setup.recipe.json" : "export.recipe.json";
            var copied = await RecipeExportFolder.WriteAsync(file, name, recipe, json, mediaStore, CancellationToken.None);
            var path = Path.GetFullPath(Path.Combine(file, name));
            context.Report.Result["file"] = path;
            context.Report.Result["mediaFiles"] = copied;
            context.Say($"Exported {steps.Count} steps and {copied} media files to {path}");
            return 0;
        }

        await File.WriteAllTextAsync(file, json);
        context.Report.Result["file"] = Path.GetFullPath(file);
        context.Say($"Exported {steps.Count} steps to {Path.GetFullPath(file)}");
        return 0;
    }
}
