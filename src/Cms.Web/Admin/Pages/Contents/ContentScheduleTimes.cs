using System.Globalization;
using Cms.Core.ContentModel;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>An item's scheduled times as the list and dashboard show them: a draft's publish time, a live version's archive time.</summary>
internal static class ContentScheduleTimes
{
    /// <summary>When this unpublished version goes live (PublishLaterPart), if it is scheduled.</summary>
    public static DateTime? PublishAt(ContentItem item) => item.Published ? null : Read(item, "PublishLaterPart", "ScheduledPublishUtc");

    /// <summary>When this published version is taken offline (ArchiveLaterPart), if it is scheduled.</summary>
    public static DateTime? ArchiveAt(ContentItem item) => item.Published ? Read(item, "ArchiveLaterPart", "ScheduledArchiveUtc") : null;

    private static DateTime? Read(ContentItem item, string part, string property) =>
        item.GetPart(part)?[property] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) &&
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? utc
            : null;
}
