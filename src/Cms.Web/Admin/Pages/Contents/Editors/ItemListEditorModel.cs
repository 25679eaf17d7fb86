using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>
/// A part that holds content items in a list (BagPart's ContentItems, FlowPart's Widgets, MenuItemsListPart's
/// MenuItems), edited in place: <see cref="ListName"/> prefixes every input of its items ("Signatories.ContentItems.0.").
/// </summary>
public sealed record ItemListEditorModel(PartEditorModel Part, string Property, IReadOnlyList<ContentTypeDefinition> Addable)
{
    public string ListName => $"{Part.Name}.{Property}";
}
