using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.PublishLaterPart;

/// <summary>PublishLaterPart: the date and time, in the site's time zone, at which the scheduler acts.</summary>
internal sealed class PublishLaterPartEditor : IContentPartEditor
{
    public string PartName => "PublishLaterPart";

    public string? Partial => "/Admin/Pages/Contents/Editors/Parts/PublishLaterPart/_PublishLaterPart.cshtml";

    public string DefaultLabel => "Publish later";

    public bool SingleInput => true;

    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions) =>
        ScheduledTimeInput.Bind(form, name, part, "ScheduledPublishUtc");
}
