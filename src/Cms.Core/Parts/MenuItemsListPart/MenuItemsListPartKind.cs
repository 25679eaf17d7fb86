using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.MenuItemsListPart;

/// <summary>
/// MenuItemsListPart: <c>{ "MenuItems": [ content item JSON ] }</c>, a menu's items stored inline; an item may hold
/// its own MenuItemsListPart, so a menu is a tree. Items of types the site does not define are kept.
/// </summary>
internal sealed class MenuItemsListPartKind : IContentPartKind
{
    public const string KindName = "MenuItemsListPart";

    public const string ItemsProperty = "MenuItems";

    /// <summary>The stereotype of menu item types (LinkMenuItem, ContentMenuItem, HtmlMenuItem).</summary>
    public const string MenuItemStereotype = "MenuItem";

    public string Name => KindName;

    public IReadOnlyList<SettingDescriptor> Settings { get; } = [];

    public void Prepare(ContentPartContext context)
    {
        if (ContentJson.Get(context.Part, ItemsProperty) is JsonArray items)
        {
            NestedContentItems.Prepare(context, items);
        }
    }

    public void Validate(ContentPartContext context, ContentValidationResult result) =>
        NestedContentItems.ValidateList(context, ItemsProperty, IsMenuItemType(context.Definitions), keepUndefinedTypes: true, result);

    public void Index(ContentPartContext context, ContentIndexEntries entries)
    {
        // Menu items are stored inside their menu and are not queried on their own.
    }

    /// <summary>Whether a type may sit in a menu: Orchard's menu editor offers the types of the MenuItem stereotype.</summary>
    public static Func<string, bool> IsMenuItemType(ContentDefinitionDocument definitions) => contentType =>
        string.Equals(definitions.FindType(contentType)?.TypeSettings.Stereotype, MenuItemStereotype, StringComparison.Ordinal);
}
