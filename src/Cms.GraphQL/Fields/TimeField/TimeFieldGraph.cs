using System.Text.Json.Nodes;
using Cms.Core.Indexing;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Fields.TimeField;

/// <summary>TimeField: a TimeSpan read from <c>Value</c>, with comparisons.</summary>
internal sealed class TimeFieldGraph : ScalarFieldGraph
{
    public override string FieldName => "TimeField";

    protected override FieldValueKind Kind => FieldValueKind.Time;

    protected override OperatorSet Operators => OperatorSet.Comparable;

    protected override IGraphType Scalar(SchemaBuildContext context) => context.TimeSpan;

    protected override object? Read(JsonNode? field) => JsonValues.Time(field?["Value"]);
}
