using Cms.Core.ContentModel;
using Cms.GraphQL.Execution;
using Cms.GraphQL.Schema;
using GraphQL;

namespace Cms.GraphQL.Parts;

/// <summary>
/// The items a list part holds inline (bag items, widgets, menu entries) that this caller may see and the schema can
/// serve: the same read rule as stored items, judged on each item with the container's flags and owner.
/// </summary>
internal static class VisibleInlineItems
{
    public static List<ContentItem> Read(IResolveFieldContext resolve, PartSource source, string property, Func<string, bool> servable)
    {
        var access = GraphQLRequestContext.From(resolve).Access;
        return InlineContentItems.Read(source.Part?[property], source.Item)
            .Where(item => servable(item.ContentType) && access.CanSee(item))
            .ToList();
    }
}
