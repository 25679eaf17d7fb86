using Cms.Core.Definitions;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;

namespace Cms.GraphQL.Parts.LinkMenuItemPart;

/// <summary>LinkMenuItemPart: <c>linkMenuItem { name url target }</c> (Orchard serves name and url; target is ours).</summary>
internal sealed class LinkMenuItemPartGraph : IContentPartGraph
{
    public string PartName => "LinkMenuItemPart";

    public bool CollapsedByDefault => false;

    public IReadOnlyList<GraphMember> Members(ContentTypePartDefinition part, SchemaBuildContext context) =>
    [
        // Newer Orchard keeps the name in DisplayText only.
        new("name", context.String, (_, source) => JsonValues.String(source.Part?["Name"]) ?? source.Item.DisplayText, Description: "the text of the link"),
        new("url", context.String, (_, source) => JsonValues.String(source.Part?["Url"]), Description: "the URL the link points at"),
        new("target", context.String, (_, source) => JsonValues.String(source.Part?["Target"]), Description: "the link's target, e.g. _blank"),
    ];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
    }
}
