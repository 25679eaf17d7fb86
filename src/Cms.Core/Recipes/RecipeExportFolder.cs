using System.Text.Json.Nodes;
using Cms.Core.Media;

namespace Cms.Core.Recipes;

/// <summary>
/// Writes an export made with <see cref="RecipeExportOptions.MediaBesideRecipe"/> to a folder: the recipe file, and
/// each media file its media step names, copied to its <c>SourcePath</c> under the same folder.
/// </summary>
public static class RecipeExportFolder
{
    /// <summary>Returns how many media files were copied.</summary>
    public static async Task<int> WriteAsync(string folder, string recipeFileName, JsonObject recipe, string recipeJson, MediaStore media,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(media);
        Directory.CreateDirectory(folder);
        var copied = 0;
        foreach (var file in MediaFiles(recipe))
        {
            var mediaPath = file["TargetPath"]!.GetValue<string>();
            var target = MediaPath.Resolve(folder, file["SourcePath"]!.GetValue<string>())
                ?? throw new InvalidOperationException($"The media source path of '{mediaPath}' is outside '{folder}'.");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using (var source = await media.OpenReadAsync(mediaPath, 0, null, cancellationToken))
            await using (var copy = File.Create(target))
            {
                await source.CopyToAsync(copy, cancellationToken);
            }

            copied++;
        }

        await File.WriteAllTextAsync(Path.Combine(folder, recipeFileName), recipeJson, cancellationToken);
        return copied;
    }

    private static IEnumerable<JsonObject> MediaFiles(JsonObject recipe) =>
        recipe["steps"]!.AsArray().OfType<JsonObject>()
            .Where(s => s["name"]?.GetValue<string>() == "media")
            .SelectMany(s => s["Files"]!.AsArray().OfType<JsonObject>())
            .Where(f => f["SourcePath"] is not null);
}
