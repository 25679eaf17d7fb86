using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Fields.MarkdownField;

/// <summary>MarkdownField: <c>{ markdown html }</c>.</summary>
internal sealed class MarkdownFieldGraph : ObjectFieldGraph
{
    public override string FieldName => "MarkdownField";

    protected override IEnumerable<FieldType> Members(SchemaBuildContext context) =>
    [
        Member("markdown", context.String, (_, field) => JsonValues.String(field.Value["Markdown"]), description: "the markdown value"),
        Member("html", context.String, MarkdownHtml.ForField,
            description: "the HTML representation of the markdown content"),
    ];
}
