using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Core.Storage;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>One row of the content list: what is shown and which actions the caller may take.</summary>
public sealed record ContentListRow(
    string ContentItemId, string Title, string TypeDisplayName, bool Published, bool HasDraft,
    DateTime? ModifiedUtc, string? Author, bool CanEdit, DateTime? PublishedUtc = null)
{
    /// <summary>When the listed draft goes live by itself (PublishLaterPart).</summary>
    public DateTime? ScheduledPublishUtc { get; init; }

    /// <summary>When the listed live version is taken offline by itself (ArchiveLaterPart).</summary>
    public DateTime? ScheduledArchiveUtc { get; init; }

    /// <summary>The passage around a search's matches, when the list is a ranked search.</summary>
    public SearchSnippet? Snippet { get; init; }

    internal static ContentListRow From(ContentItem item, bool otherVersionPublished, AdminCaller caller, string typeDisplayName) => new(
        item.ContentItemId,
        string.IsNullOrWhiteSpace(item.DisplayText) ? "(untitled)" : item.DisplayText,
        typeDisplayName,
        item.Published || otherVersionPublished,
        !item.Published || !item.Latest,
        item.ModifiedUtc,
        item.Author,
        caller.Can(ContentAction.Edit, item),
        item.PublishedUtc)
    {
        ScheduledPublishUtc = ContentScheduleTimes.PublishAt(item),
        ScheduledArchiveUtc = ContentScheduleTimes.ArchiveAt(item),
    };
}
