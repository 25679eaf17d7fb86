using System.Text.Json.Nodes;
using Cms.Core.Definitions;
using Cms.Core.Parts.MenuItemsListPart;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.MenuItemsListPart;

/// <summary>MenuItemsListPart: the menu's entries in order; an entry with entries of its own shows them inside it (a tree).</summary>
internal sealed class MenuItemsListPartEditor : IContentPartEditor
{
    public string PartName => MenuItemsListPartKind.KindName;

    public string? Partial => "/Admin/Pages/Contents/Editors/Parts/MenuItemsListPart/_MenuItemsListPart.cshtml";

    public string DefaultLabel => "Menu items";

    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions) =>
        ItemListBinder.Bind(form, name, part, MenuItemsListPartKind.ItemsProperty, definitions, keepUndefinedTypes: true);
}
