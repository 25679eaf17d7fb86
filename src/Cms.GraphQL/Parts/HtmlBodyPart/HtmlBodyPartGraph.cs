using Cms.Core.Definitions;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;

namespace Cms.GraphQL.Parts.HtmlBodyPart;

/// <summary>HtmlBodyPart: <c>htmlBody { html }</c>, the stored HTML (sanitised when it was saved).</summary>
internal sealed class HtmlBodyPartGraph : IContentPartGraph
{
    public string PartName => "HtmlBodyPart";

    public bool CollapsedByDefault => false;

    public IReadOnlyList<GraphMember> Members(ContentTypePartDefinition part, SchemaBuildContext context) =>
    [
        new("html", context.String, (_, source) => JsonValues.String(source.Part?["Html"]), Description: "the HTML content"),
    ];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
    }
}
