using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.HtmlBodyPart;

/// <summary>HtmlBodyPart: the rich-text body.</summary>
internal sealed class HtmlBodyPartEditor : IContentPartEditor
{
    public string PartName => "HtmlBodyPart";

    public string? Partial => "/Admin/Pages/Contents/Editors/Parts/HtmlBodyPart/_HtmlBodyPart.cshtml";

    public string DefaultLabel => "Body";

    public bool SingleInput => true;

    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions)
    {
        FormValues.SetText(form, $"{name}.Html", part, "Html");
    }
}
