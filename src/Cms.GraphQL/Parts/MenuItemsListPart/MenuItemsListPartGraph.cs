using Cms.Core.Definitions;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Parts.MenuItemsListPart;

/// <summary>
/// MenuItemsListPart: <c>menuItemsList { menuItems }</c>, a menu's entries as the <c>MenuItem</c> interface, so a
/// front end asks <c>... on LinkMenuItem { linkMenuItem { name url } menuItemsList { menuItems { ... } } }</c>.
/// </summary>
internal sealed class MenuItemsListPartGraph : IContentPartGraph
{
    public string PartName => "MenuItemsListPart";

    public bool CollapsedByDefault => false;

    public IReadOnlyList<GraphMember> Members(ContentTypePartDefinition part, SchemaBuildContext context) =>
    [
        new("menuItems", new ListGraphType(MenuItemGraph.Interface(context)), (resolve, source) =>
            VisibleInlineItems.Read(resolve, source, "MenuItems", type => MenuItemGraph.IsMenuItemType(type, context)),
            Description: "the menu items"),
    ];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
    }
}
