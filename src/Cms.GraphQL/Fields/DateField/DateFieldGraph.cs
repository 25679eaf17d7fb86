using System.Text.Json.Nodes;
using Cms.Core.Indexing;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Fields.DateField;

/// <summary>DateField: a Date read from <c>Value</c>, with comparisons.</summary>
internal sealed class DateFieldGraph : ScalarFieldGraph
{
    public override string FieldName => "DateField";

    protected override FieldValueKind Kind => FieldValueKind.Date;

    protected override OperatorSet Operators => OperatorSet.Comparable;

    protected override IGraphType Scalar(SchemaBuildContext context) => context.Date;

    protected override object? Read(JsonNode? field) => JsonValues.Date(field?["Value"]);
}
