using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Definitions;
using Cms.Core.Settings;

namespace Cms.Core.Recipes.Steps;

/// <summary><c>Settings</c>: known site settings by name; any other key is kept as a site property.</summary>
internal sealed class SettingsStep : IRecipeStep
{
    public string Name => "Settings";

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var settings = context.RequireSite().Settings;
        var applied = 0;
        foreach (var (key, value) in context.Step)
        {
            if (string.Equals(key, "name", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                Apply(settings, key, value);
            }
            catch (Exception exception) when (exception is FormatException or InvalidOperationException or JsonException)
            {
                throw new RecipeStepException($"The setting '{key}' has a value of the wrong type: {exception.Message}", key, exception);
            }

            applied++;
        }

        context.AddCount("settings", applied);
        return Task.CompletedTask;
    }

    private static void Apply(SiteSettings settings, string key, JsonNode? value)
    {
        switch (key.ToUpperInvariant())
        {
            case "SITENAME": settings.SiteName = SettingsReader.AsString(value) ?? ""; break;
            case "BASEURL": settings.BaseUrl = SettingsReader.AsString(value); break;
            case "TIMEZONEID": settings.TimeZoneId = CheckTimeZone(SettingsReader.AsString(value)); break;
            case "CALENDAR": settings.Calendar = SettingsReader.AsString(value); break;
            case "PAGETITLEFORMAT": settings.PageTitleFormat = SettingsReader.AsString(value); break;
            case "SITESALT": settings.SiteSalt = SettingsReader.AsString(value); break;
            case "SUPERUSER": settings.SuperUser = SettingsReader.AsString(value); break;
            case "CDNBASEURL": settings.CdnBaseUrl = SettingsReader.AsString(value); break;
            case "USECDN": settings.UseCdn = SettingsReader.AsBool(value) ?? throw new FormatException("expected true or false"); break;
            case "APPENDVERSION": settings.AppendVersion = SettingsReader.AsBool(value) ?? throw new FormatException("expected true or false"); break;
            case "PAGESIZE": settings.PageSize = Whole(value); break;
            case "MAXPAGESIZE": settings.MaxPageSize = Whole(value); break;
            case "MAXPAGEDCOUNT": settings.MaxPagedCount = Whole(value); break;
            case "RESOURCEDEBUGMODE": settings.ResourceDebugMode = Whole(value); break;
            case "CACHEMODE": settings.CacheMode = Whole(value); break;
            case "HOMEROUTE": settings.HomeRoute = value?.DeepClone() as JsonObject; break;
            case "LOCALIZATIONSETTINGS": settings.Properties[key] = CheckLocalization(value); break;
            default: settings.Properties[key] = value?.DeepClone(); break;
        }
    }

    /// <summary>Kept as Orchard wrote it (exports give it back unchanged), once its cultures read as cultures.</summary>
    private static JsonNode CheckLocalization(JsonNode? value)
    {
        var stored = value as JsonObject ?? throw new FormatException("expected an object { DefaultCulture, SupportedCultures }");
        LocalizationSettings.Parse(stored);
        return stored.DeepClone();
    }

    private static int Whole(JsonNode? value) =>
        SettingsReader.AsDecimal(value) is { } number && number == decimal.Truncate(number)
            ? (int)number
            : throw new FormatException("expected a whole number");

    private static string? CheckTimeZone(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) ? id : throw new FormatException($"'{id}' is not a known time zone");
    }
}
