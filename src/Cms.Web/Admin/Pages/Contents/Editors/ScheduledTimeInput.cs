using System.Globalization;
using System.Text.Json.Nodes;

namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>
/// A scheduled time (PublishLaterPart, ArchiveLaterPart) as the editor picks it: a date and time in the site's time zone,
/// stored as UTC in Orchard's form ("2025-03-01T08:00:00Z"). The zone travels with the form, so the time is read in the zone
/// the editor saw.
/// </summary>
internal static class ScheduledTimeInput
{
    private const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    /// <summary>Reads <c>{name}.{property}</c>; empty clears the schedule, text that is no time is kept for validation to name.</summary>
    public static void Bind(IFormCollection form, string name, JsonObject part, string property)
    {
        if (!form.TryGetValue($"{name}.{property}", out var posted))
        {
            return;
        }

        var text = posted.ToString().Trim();
        if (text.Length == 0)
        {
            part[property] = null;
            return;
        }

        var zone = SiteTime.For(form[$"{name}.TimeZone"].ToString()).Zone;
        part[property] = ToUtc(text, zone) is { } utc ? utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : text;
    }

    /// <summary>The stored UTC time as the input's local value, or the stored text when it is no time.</summary>
    public static string? LocalValue(PartEditorModel model, string property)
    {
        var stored = model.Text(property);
        if (stored is null || !DateTime.TryParse(stored, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
        {
            return stored;
        }

        return TimeZoneInfo.ConvertTimeFromUtc(utc, model.Item.Time.Zone).ToString(LocalFormat, CultureInfo.InvariantCulture);
    }

    private static DateTime? ToUtc(string text, TimeZoneInfo zone)
    {
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        }
        catch (ArgumentException)
        {
            // A local time the clocks skip (the hour lost when summer time starts): validation names the input.
            return null;
        }
    }
}
