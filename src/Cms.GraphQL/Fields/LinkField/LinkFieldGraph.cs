using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Fields.LinkField;

/// <summary>LinkField: <c>{ url text target }</c>.</summary>
internal sealed class LinkFieldGraph : ObjectFieldGraph
{
    public override string FieldName => "LinkField";

    protected override IEnumerable<FieldType> Members(SchemaBuildContext context) =>
    [
        Member("url", context.String, (_, field) => JsonValues.String(field.Value["Url"]), description: "the url of the link"),
        Member("text", context.String, (_, field) => JsonValues.String(field.Value["Text"]), description: "the text of the link"),
        Member("target", context.String, (_, field) => JsonValues.String(field.Value["Target"]), description: "the target of the link"),
    ];
}
