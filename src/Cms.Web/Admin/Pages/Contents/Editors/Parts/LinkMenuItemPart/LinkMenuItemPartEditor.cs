using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.LinkMenuItemPart;

/// <summary>LinkMenuItemPart: the link's text, its URL and where it opens.</summary>
internal sealed class LinkMenuItemPartEditor : IContentPartEditor
{
    public string PartName => "LinkMenuItemPart";

    public string? Partial => "/Admin/Pages/Contents/Editors/Parts/LinkMenuItemPart/_LinkMenuItemPart.cshtml";

    public string DefaultLabel => "Link";

    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions)
    {
        FormValues.SetText(form, $"{name}.Name", part, "Name");
        FormValues.SetText(form, $"{name}.Url", part, "Url");
        FormValues.SetText(form, $"{name}.Target", part, "Target");
    }
}
