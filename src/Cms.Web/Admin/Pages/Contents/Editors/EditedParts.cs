using Cms.Core.Definitions;
using Cms.Core.Parts.MenuItemsListPart;

namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>
/// The parts the editor shows for a type: the type's own, then the parts Orchard welds on in the editor. A menu entry
/// (a type of the MenuItem stereotype) gets a MenuItemsListPart for its sub-entries, so a menu is edited as a tree.
/// </summary>
internal static class EditedParts
{
    public static IEnumerable<ContentTypePartDefinition> Of(ContentTypeDefinition type)
    {
        foreach (var part in type.OrderedParts())
        {
            yield return part;
        }

        if (string.Equals(type.TypeSettings.Stereotype, MenuItemsListPartKind.MenuItemStereotype, StringComparison.Ordinal)
            && !type.Parts.Any(p => p.PartName == MenuItemsListPartKind.KindName))
        {
            yield return new ContentTypePartDefinition
            {
                PartName = MenuItemsListPartKind.KindName,
                Name = MenuItemsListPartKind.KindName,
                Settings = new System.Text.Json.Nodes.JsonObject
                {
                    ["ContentTypePartSettings"] = new System.Text.Json.Nodes.JsonObject { ["DisplayName"] = "Sub-entries" },
                },
            };
        }
    }
}
