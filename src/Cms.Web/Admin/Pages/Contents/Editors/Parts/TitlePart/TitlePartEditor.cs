using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.TitlePart;

/// <summary>TitlePart: the title input, disabled or hidden when the title is generated (TitlePartSettings.Options).</summary>
internal sealed class TitlePartEditor : IContentPartEditor
{
    public string PartName => "TitlePart";

    public string? Partial => "/Admin/Pages/Contents/Editors/Parts/TitlePart/_TitlePart.cshtml";

    public string DefaultLabel => "Title";

    public bool SingleInput => true;

    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions)
    {
        FormValues.SetText(form, $"{name}.Title", part, "Title");
    }
}
