using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cms.Core.Media;
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

    private static async Task<int> ExportAsync(VerbContext context, string? dataPath, RecipeExportOptions options, string? file)
    {
        await using var app = await VerbHost.OpenAsync(context, dataPath, requireSite: true);
        var store = app.Services.GetRequiredService<DocumentStore>();
        var mediaStore = app.Services.GetRequiredService<MediaStore>();
        await using var session = await store.OpenReadSessionAsync(CancellationToken.None);
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var recipe = await RecipeExporter.ExportAsync(session, mediaStore, options, now, CancellationToken.None);
        var json = recipe.ToJsonString(Json);
        if (file is null)
        {
            context.Output.WriteLine(json);
            return 0;
        }

        if (options.MediaBesideRecipe)
        {
            var name = options.AsSetup ? "setup.recipe.json" : "export.recipe.json";
            var copied = await RecipeExportFolder.WriteAsync(file, name, recipe, json, mediaStore, CancellationToken.None);
            context.Output.WriteLine($"Exported {recipe["steps"]!.AsArray().Count} steps and {copied} media files to {Path.GetFullPath(Path.Combine(file, name))}");
            return 0;
        }

        await File.WriteAllTextAsync(file, json);
        context.Output.WriteLine($"Exported {recipe["steps"]!.AsArray().Count} steps to {Path.GetFullPath(file)}");
        return 0;
    }
}
