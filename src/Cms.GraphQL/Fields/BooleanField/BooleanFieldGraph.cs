using System.Text.Json.Nodes;
using Cms.Core.Indexing;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Fields.BooleanField;

/// <summary>BooleanField: a Boolean read from <c>Value</c>, equality only.</summary>
internal sealed class BooleanFieldGraph : ScalarFieldGraph
{
    public override string FieldName => "BooleanField";

    protected override FieldValueKind Kind => FieldValueKind.Boolean;

    protected override OperatorSet Operators => OperatorSet.Equality;

    protected override IGraphType Scalar(SchemaBuildContext context) => context.Boolean;

    protected override object? Read(JsonNode? field) => JsonValues.Bool(field?["Value"]);
}
