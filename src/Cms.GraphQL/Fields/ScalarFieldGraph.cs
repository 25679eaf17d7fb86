using System.Text.Json.Nodes;
using Cms.Core.Definitions;
using Cms.Core.Indexing;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Fields;

/// <summary>A field kind exposed as a plain scalar (TextField is a String), filterable through its value index.</summary>
internal abstract class ScalarFieldGraph : IContentFieldGraph
{
    public abstract string FieldName { get; }

    protected abstract FieldValueKind Kind { get; }

    protected abstract OperatorSet Operators { get; }

    public GraphMember CreateMember(string graphName, ContentPartFieldDefinition field, SchemaBuildContext context)
    {
        var name = field.Name;
        return new GraphMember(graphName, Scalar(context), (_, part) => Read(part.Field(name)), Description: field.DisplayName);
    }

    public FieldFilterShape? Filter(SchemaBuildContext context) => new(Kind, Scalar(context), Operators);

    protected abstract IGraphType Scalar(SchemaBuildContext context);

    /// <summary>The value from the field's JSON object (<c>{ "Text": "..." }</c>).</summary>
    protected abstract object? Read(JsonNode? field);
}
