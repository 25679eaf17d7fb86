using System.Text.Json.Nodes;
using Cms.Core.Indexing;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Fields.NumericField;

/// <summary>NumericField: a Decimal read from <c>Value</c>, with comparisons.</summary>
internal sealed class NumericFieldGraph : ScalarFieldGraph
{
    public override string FieldName => "NumericField";

    protected override FieldValueKind Kind => FieldValueKind.Numeric;

    protected override OperatorSet Operators => OperatorSet.Comparable;

    protected override IGraphType Scalar(SchemaBuildContext context) => context.Decimal;

    protected override object? Read(JsonNode? field) => JsonValues.Decimal(field?["Value"]);
}
