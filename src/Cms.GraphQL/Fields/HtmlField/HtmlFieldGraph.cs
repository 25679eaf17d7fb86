using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Fields.HtmlField;

/// <summary>HtmlField: <c>{ html }</c>, the stored HTML (sanitised when it was saved).</summary>
internal sealed class HtmlFieldGraph : ObjectFieldGraph
{
    public override string FieldName => "HtmlField";

    protected override IEnumerable<FieldType> Members(SchemaBuildContext context) =>
    [
        Member("html", context.String, (_, field) => JsonValues.String(field.Value["Html"]), description: "the HTML content"),
    ];
}
