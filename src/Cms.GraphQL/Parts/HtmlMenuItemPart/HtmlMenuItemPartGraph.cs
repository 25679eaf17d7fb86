using Cms.Core.Definitions;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;

namespace Cms.GraphQL.Parts.HtmlMenuItemPart;

/// <summary>HtmlMenuItemPart: <c>htmlMenuItem { url target html }</c>, the HTML sanitised when it was saved.</summary>
internal sealed class HtmlMenuItemPartGraph : IContentPartGraph
{
    public string PartName => "HtmlMenuItemPart";

    public bool CollapsedByDefault => false;

    public IReadOnlyList<GraphMember> Members(ContentTypePartDefinition part, SchemaBuildContext context) =>
    [
        new("url", context.String, (_, source) => JsonValues.String(source.Part?["Url"]), Description: "the URL the entry points at"),
        new("target", context.String, (_, source) => JsonValues.String(source.Part?["Target"]), Description: "the link's target, e.g. _blank"),
        new("html", context.String, (_, source) => JsonValues.String(source.Part?["Html"]), Description: "the HTML shown for the entry"),
    ];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
    }
}
