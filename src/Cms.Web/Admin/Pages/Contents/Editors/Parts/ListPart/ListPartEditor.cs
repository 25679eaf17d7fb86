using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.ListPart;

/// <summary>ListPart: the list's items as links, and buttons to add one; the items are saved on their own.</summary>
internal sealed class ListPartEditor : IContentPartEditor
{
    public string PartName => "ListPart";

    public string? Partial => "/Admin/Pages/Contents/Editors/Parts/ListPart/_ListPart.cshtml";

    public string DefaultLabel => "Items";

    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions)
    {
    }
}
