using System.Text.Json.Nodes;
using Cms.Core.Indexing;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Fields.DateTimeField;

/// <summary>DateTimeField: a DateTime (UTC) read from <c>Value</c>, with comparisons.</summary>
internal sealed class DateTimeFieldGraph : ScalarFieldGraph
{
    public override string FieldName => "DateTimeField";

    protected override FieldValueKind Kind => FieldValueKind.DateTime;

    protected override OperatorSet Operators => OperatorSet.Comparable;

    protected override IGraphType Scalar(SchemaBuildContext context) => context.DateTime;

    protected override object? Read(JsonNode? field) => JsonValues.Date(field?["Value"]);
}
