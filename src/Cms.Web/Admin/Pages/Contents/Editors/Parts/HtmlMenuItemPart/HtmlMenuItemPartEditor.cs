using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.HtmlMenuItemPart;

/// <summary>HtmlMenuItemPart: the entry's HTML, its URL and where it opens.</summary>
internal sealed class HtmlMenuItemPartEditor : IContentPartEditor
{
    public string PartName => "HtmlMenuItemPart";

    public string? Partial => "/Admin/Pages/Contents/Editors/Parts/HtmlMenuItemPart/_HtmlMenuItemPart.cshtml";

    public string DefaultLabel => "HTML menu entry";

    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions)
    {
        FormValues.SetText(form, $"{name}.Html", part, "Html");
        FormValues.SetText(form, $"{name}.Url", part, "Url");
        FormValues.SetText(form, $"{name}.Target", part, "Target");
    }
}
