using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.BagPart;

/// <summary>BagPart: the nested items in order, each edited with its own type's editors.</summary>
internal sealed class BagPartEditor : IContentPartEditor
{
    public string PartName => "BagPart";

    public string? Partial => "/Admin/Pages/Contents/Editors/Parts/BagPart/_BagPart.cshtml";

    public string DefaultLabel => "Items";

    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions) =>
        ItemListBinder.Bind(form, name, part, "ContentItems", definitions, keepUndefinedTypes: false);
}
