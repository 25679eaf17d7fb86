using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Core.Recipes.Steps;

/// <summary>
/// <c>media</c>: files from <c>Base64</c> or a <c>SourcePath</c> relative to the recipe, checked against the
/// allowed extensions and size limit, staged until the recipe commits. <c>SourceUrl</c> is refused: a recipe
/// must not make the server fetch arbitrary addresses.
/// </summary>
internal sealed class MediaStep : IRecipeStep
{
    public string Name => "media";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var site = context.RequireSite();
        if (SettingsReader.Find(context.Step, "Files") is not JsonArray files)
        {
            throw new RecipeStepException("The media step needs a 'Files' array.", "Files");
        }

        for (var i = 0; i < files.Count; i++)
        {
            var path = $"Files[{i}]";
            if (files[i] is not JsonObject file)
            {
                throw new RecipeStepException("Each media file must be an object.", path);
            }

            var target = SettingsReader.AsString(SettingsReader.Find(file, "TargetPath")) ?? SettingsReader.AsString(SettingsReader.Find(file, "Path"));
            var content = await ReadContentAsync(context, file, path, cancellationToken);
            var (normalized, error) = site.Media.Check(target, content.Length);
            if (normalized is null)
            {
                throw new RecipeStepException(error!, path + ".TargetPath");
            }

            await site.Media.StageAsync(normalized, content, cancellationToken);
        }

        context.AddCount("files", files.Count);
    }

    private static async Task<byte[]> ReadContentAsync(RecipeStepContext context, JsonObject file, string path, CancellationToken cancellationToken)
    {
        if (SettingsReader.AsString(SettingsReader.Find(file, "Base64")) is { Length: > 0 } base64)
        {
            try
            {
                return Convert.FromBase64String(base64);
            }
            catch (FormatException exception)
            {
                throw new RecipeStepException("Base64 is not valid base64 data.", path + ".Base64", exception);
            }
        }

        if (SettingsReader.AsString(SettingsReader.Find(file, "SourcePath")) is { Length: > 0 } sourcePath)
        {
            var source = ResolveSource(context.RecipeFolder, sourcePath, path);
            if (!File.Exists(source))
            {
                throw new RecipeStepException($"The media source file '{sourcePath}' was not found (looked for '{source}').", path + ".SourcePath");
            }

            return await File.ReadAllBytesAsync(source, cancellationToken);
        }

        if (SettingsReader.Find(file, "SourceUrl") is not null)
        {
            throw new RecipeStepException("SourceUrl is not supported: give the file as Base64 or SourcePath.", path + ".SourceUrl");
        }

        throw new RecipeStepException("A media file needs Base64 or SourcePath.", path);
    }

    /// <summary>Relative to the recipe's folder; may reach the folder that holds it (Orchard themes keep images in ../wwwroot), no further.</summary>
    private static string ResolveSource(string? recipeFolder, string sourcePath, string path)
    {
        if (recipeFolder is null)
        {
            throw new RecipeStepException("SourcePath needs a recipe read from a file; this recipe has no folder.", path + ".SourcePath");
        }

        var boundary = Path.GetFullPath(Path.GetDirectoryName(Path.GetFullPath(recipeFolder).TrimEnd(Path.DirectorySeparatorChar)) ?? recipeFolder);
        var full = Path.GetFullPath(Path.Combine(recipeFolder, sourcePath));
        if (Path.IsPathRooted(sourcePath) || !full.StartsWith(boundary + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new RecipeStepException($"The media source '{sourcePath}' is outside the recipe's folder.", path + ".SourcePath");
        }

        return full;
    }
}
