using Cms.Core.Definitions;
using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Fields.MultiTextField;

/// <summary>MultiTextField: a list of strings read from <c>Values</c>; not indexed, so no filters.</summary>
internal sealed class MultiTextFieldGraph : IContentFieldGraph
{
    public string FieldName => "MultiTextField";

    public GraphMember CreateMember(string graphName, ContentPartFieldDefinition field, SchemaBuildContext context)
    {
        var name = field.Name;
        return new GraphMember(graphName, new ListGraphType(context.String),
            (_, part) => JsonValues.Strings(part.Field(name)?["Values"]), Description: field.DisplayName);
    }

    public FieldFilterShape? Filter(SchemaBuildContext context) => null;
}
