using System.Globalization;
using Cms.Core.Settings;
using Cms.Core.Storage;

namespace Cms.Web.Admin;

/// <summary>
/// Dates as the site's editors read them: in the time zone of the site settings (Orchard's TimeZoneId), UTC when none
/// is set or the id is unknown to this machine. Stored dates stay UTC; only the admin's text changes.
/// </summary>
public sealed class SiteTime
{
    private SiteTime(TimeZoneInfo zone, string label)
    {
        Zone = zone;
        Label = label;
    }

    public static SiteTime Utc { get; } = new(TimeZoneInfo.Utc, "UTC");

    public TimeZoneInfo Zone { get; }

    /// <summary>The zone as shown after a time ("Europe/Zurich").</summary>
    public string Label { get; }

    public static async Task<SiteTime> LoadAsync(SqlSession session, CancellationToken cancellationToken)
    {
        var settings = await SiteSettings.LoadAsync(session, cancellationToken);
        return For(settings?.TimeZoneId);
    }

    public static SiteTime For(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId))
        {
            return Utc;
        }

        try
        {
            return new SiteTime(TimeZoneInfo.FindSystemTimeZoneById(timeZoneId), timeZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            return Utc;
        }
    }

    /// <summary>"2024-03-01 10:00 Europe/Zurich", or an em dash for no date.</summary>
    public string Format(DateTime? utc) => utc is { } value ? $"{FormatWithoutZone(value)} {Label}" : "—";

    /// <summary>The local time alone, for tables whose header names the zone once.</summary>
    public string FormatWithoutZone(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
