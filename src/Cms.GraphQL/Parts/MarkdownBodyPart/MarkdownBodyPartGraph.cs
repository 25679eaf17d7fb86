using Cms.Core.Definitions;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;

namespace Cms.GraphQL.Parts.MarkdownBodyPart;

/// <summary>MarkdownBodyPart: <c>markdownBody { markdown html }</c>.</summary>
internal sealed class MarkdownBodyPartGraph : IContentPartGraph
{
    public string PartName => "MarkdownBodyPart";

    public bool CollapsedByDefault => false;

    public IReadOnlyList<GraphMember> Members(ContentTypePartDefinition part, SchemaBuildContext context) =>
    [
        new("markdown", context.String, (_, source) => JsonValues.String(source.Part?["Markdown"]), Description: "the markdown value"),
        new("html", context.String, MarkdownHtml.ForPart,
            Description: "the HTML representation of the markdown content"),
    ];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
    }
}
