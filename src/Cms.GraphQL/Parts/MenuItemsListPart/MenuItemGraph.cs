using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Parts.MenuItemsListPart;

/// <summary>
/// The <c>MenuItem</c> interface, as Orchard registers it: every type of the MenuItem stereotype implements it and
/// has <c>menuItemsList</c> (its own sub-items), whether or not its definition lists a MenuItemsListPart.
/// </summary>
internal static class MenuItemGraph
{
    private const string Stereotype = "MenuItem";
    private const string PartName = "MenuItemsListPart";
    private const string FieldName = "menuItemsList";

    public static InterfaceGraphType Interface(SchemaBuildContext context) => context.Shared("MenuItem", () => new InterfaceGraphType
    {
        Name = "MenuItem",
        Description = "A menu entry; its type says which kind (LinkMenuItem, HtmlMenuItem, ...).",
        ResolveType = value => value is ContentItem item ? context.ContentTypes.GetValueOrDefault(item.ContentType) : null,
    });

    /// <summary>Whether items of this type can be served as menu entries (they implement the interface).</summary>
    public static bool IsMenuItemType(string contentType, SchemaBuildContext context) =>
        context.ContentTypes.ContainsKey(contentType) &&
        string.Equals(context.Definitions.FindType(contentType)?.TypeSettings.Stereotype, Stereotype, StringComparison.Ordinal);

    /// <summary>Runs once a type's parts are built: completes the interface and makes menu item types implement it.</summary>
    public static void AddTo(ObjectGraphType type, ContentTypeDefinition definition, SchemaBuildContext context)
    {
        var isMenuItem = string.Equals(definition.TypeSettings.Stereotype, Stereotype, StringComparison.Ordinal);
        if (!isMenuItem && !definition.Parts.Any(p => p.PartName == PartName))
        {
            return;
        }

        var menuItem = Interface(context);
        var list = ListType(context);
        if (!menuItem.HasField(FieldName))
        {
            menuItem.AddField(new FieldType { Name = FieldName, ResolvedType = list });
        }

        if (!isMenuItem)
        {
            return;
        }

        if (!type.HasField(FieldName))
        {
            type.AddField(new FieldType
            {
                Name = FieldName,
                ResolvedType = list,
                Resolver = DelegateResolver.Sync(resolve => new PartSource((ContentItem)resolve.Source!, PartName)),
            });
        }

        type.AddResolvedInterface(menuItem);
    }

    /// <summary>The MenuItemsListPart type: the one a type listing the part built, or built here the same way.</summary>
    private static ObjectGraphType ListType(SchemaBuildContext context) => context.Shared(PartName, () =>
    {
        var type = new ObjectGraphType { Name = PartName };
        foreach (var member in new MenuItemsListPartGraph().Members(new ContentTypePartDefinition { PartName = PartName, Name = PartName }, context))
        {
            type.AddField(member.ToField(resolve => (PartSource)resolve.Source!));
        }

        return type;
    });
}
