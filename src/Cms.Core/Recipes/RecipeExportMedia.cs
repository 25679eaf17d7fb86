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
        foreach (var path in (await media.AllFilesAsync(cancellationToken)).Order(StringComparer.Ordinal))
        {
            var file = new JsonObject { ["TargetPath"] = path };
            if (besideRecipe)
            {
                file["SourcePath"] = $"{RecipeExporter.MediaFolder}/{path}";
            }
            else
            {
                file["Base64"] = Convert.ToBase64String(await ReadAllBytesAsync(media, path, cancellationToken));
            }

            files.Add(file);
        }

        return new JsonObject { ["name"] = "media", ["Files"] = files };
    }

    private static async Task<byte[]> ReadAllBytesAsync(MediaStore media, string path, CancellationToken cancellationToken)
    {
        await using var source = await media.OpenReadAsync(path, 0, null, cancellationToken);
        using var bytes = new MemoryStream();
        await source.CopyToAsync(bytes, cancellationToken);
        return bytes.ToArray();
    }
}
