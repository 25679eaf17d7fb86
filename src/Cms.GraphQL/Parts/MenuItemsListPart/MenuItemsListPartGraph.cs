using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.GraphQL.Execution;
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
        {
            var access = GraphQLRequestContext.From(resolve).Access;
            return InlineContentItems.Read(source.Part?["MenuItems"], source.Item)
                .Where(item => MenuItemGraph.IsMenuItemType(item.ContentType, context) && access.CanSee(item))
                .ToList();
        }, Description: "the menu items"),
    ];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
    }
}
