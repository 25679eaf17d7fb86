using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Definitions;
using Cms.Core.Media.Resizing;

namespace Cms.Core.Recipes.Steps;

/// <summary>
/// <c>MediaProfiles</c>: <c>{ "MediaProfiles": { "name": { Hint, Width, Height, Mode, Format, Quality, BackgroundColor } } }</c>
/// adds or replaces each named profile; profiles the step does not name are kept. Mode and Format take Orchard's
/// numbers (2 is crop) or names.
/// </summary>
internal sealed class MediaProfilesStep : IRecipeStep
{
    public string Name => "MediaProfiles";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var storage = context.RequireSite().Content.Storage;
        if (SettingsReader.Find(context.Step, "MediaProfiles") is not JsonObject profiles)
        {
            throw new RecipeStepException("The MediaProfiles step needs a 'MediaProfiles' object of profiles by name.", "MediaProfiles");
        }

        var document = await MediaProfilesDocument.LoadAsync(storage, cancellationToken);
        foreach (var (name, value) in profiles)
        {
            document.MediaProfiles[name] = Read(name, value);
        }

        await document.SaveAsync(storage, cancellationToken);
        context.AddCount("profiles", profiles.Count);
    }

    private static MediaProfile Read(string name, JsonNode? value)
    {
        var path = $"MediaProfiles.{name}";
        if (string.IsNullOrWhiteSpace(name) || value is not JsonObject)
        {
            throw new RecipeStepException($"The media profile '{name}' must be an object under a non-empty name.", path);
        }

        MediaProfile profile;
        try
        {
            profile = value.Deserialize<MediaProfile>(MediaProfilesDocument.JsonOptions) ?? new MediaProfile();
        }
        catch (JsonException exception)
        {
            throw new RecipeStepException($"The media profile '{name}' has a value of the wrong type: {exception.Message}", path, exception);
        }

        Check(profile.Width >= 0, path, "Width", "a whole number of pixels, 0 for none");
        Check(profile.Height >= 0, path, "Height", "a whole number of pixels, 0 for none");
        Check(Enum.IsDefined(profile.Mode), path, "Mode", "0 to 6 (Undefined, Max, Crop, Pad, BoxPad, Min, Stretch)");
        Check(Enum.IsDefined(profile.Format), path, "Format", "0 to 6 (Undefined, Bmp, Gif, Jpg, Png, Tga, WebP)");
        Check(profile.Quality is >= 0 and <= 100, path, "Quality", "0 to 100");
        Check(string.IsNullOrEmpty(profile.BackgroundColor) || ImageColor.Parse(profile.BackgroundColor) is not null, path, "BackgroundColor",
            "a colour name, hex (ffffff) or r,g,b");
        return profile;
    }

    private static void Check(bool valid, string path, string property, string expected)
    {
        if (!valid)
        {
            throw new RecipeStepException($"{property} must be {expected}.", $"{path}.{property}");
        }
    }
}
