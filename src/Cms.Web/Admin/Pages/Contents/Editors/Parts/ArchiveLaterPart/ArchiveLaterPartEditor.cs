using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.ArchiveLaterPart;

/// <summary>ArchiveLaterPart: the date and time, in the site's time zone, at which the scheduler acts.</summary>
internal sealed class ArchiveLaterPartEditor : IContentPartEditor
{
    public string PartName => "ArchiveLaterPart";

    public string? Partial => "/Admin/Pages/Contents/Editors/Parts/ArchiveLaterPart/_ArchiveLaterPart.cshtml";

    public string DefaultLabel => "Archive later";

    public bool SingleInput => true;

    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions) =>
        ScheduledTimeInput.Bind(form, name, part, "ScheduledArchiveUtc");
}
