using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Cms.GraphQL.Schema;

/// <summary>Orchard's TimeSpan scalar for TimeField: written as "hh:mm:ss", read with TimeSpan.Parse.</summary>
internal sealed class TimeSpanGraphType : ScalarGraphType
{
    public TimeSpanGraphType()
    {
        Name = "TimeSpan";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => ParseValue(s.Value.ToString()),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        TimeSpan t => t,
        string s when TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        string s => s,
        _ => ThrowSerializationError(value),
    };
}
