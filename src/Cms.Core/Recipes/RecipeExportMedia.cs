using System.Text.Json.Nodes;
using Cms.Core.Media;

namespace Cms.Core.Recipes;

/// <summary>
/// Orchard's <c>media</c> step for every file of the media library: <c>TargetPath</c> is the file's media path, and
/// its bytes are either written in as <c>Base64</c> (a single-file export) or named by a <c>SourcePath</c> under
/// <see cref="RecipeExporter.MediaFolder"/> beside the recipe, as Orchard's deployment packages do.
/// </summary>
internal static class RecipeExportMedia
{
    public static async Task<JsonObject> StepAsync(MediaStore media, bool besideRecipe, CancellationToken cancellationToken)
    {
        var files = new JsonArray();
        foreach (var path in media.AllFiles().Order(StringComparer.Ordinal))
        {
            var file = new JsonObject { ["TargetPath"] = path };
            if (besideRecipe)
            {
                file["SourcePath"] = $"{RecipeExporter.MediaFolder}/{path}";
            }
            else
            {
                file["Base64"] = Convert.ToBase64String(await File.ReadAllBytesAsync(media.Resolve(path, "TargetPath"), cancellationToken));
            }

            files.Add(file);
        }

        return new JsonObject { ["name"] = "media", ["Files"] = files };
    }
}
