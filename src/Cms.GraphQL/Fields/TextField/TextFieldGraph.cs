using System.Text.Json.Nodes;
using Cms.Core.Indexing;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Fields.TextField;

/// <summary>TextField: a String read from <c>Text</c>, with the string operators.</summary>
internal sealed class TextFieldGraph : ScalarFieldGraph
{
    public override string FieldName => "TextField";

    protected override FieldValueKind Kind => FieldValueKind.Text;

    protected override OperatorSet Operators => OperatorSet.Text;

    protected override IGraphType Scalar(SchemaBuildContext context) => context.String;

    protected override object? Read(JsonNode? field) => JsonValues.String(field?["Text"]);
}
