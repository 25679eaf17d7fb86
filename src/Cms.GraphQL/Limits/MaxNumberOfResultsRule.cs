using System.Globalization;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Cms.GraphQL.Limits;

/// <summary>
/// Literal <c>first</c>/<c>last</c> arguments above MaxNumberOfResults fail validation with Orchard's message and
/// number; values from variables are checked by the resolvers with the same message.
/// </summary>
internal sealed class MaxNumberOfResultsRule : ValidationRuleBase
{
    private readonly int _max;

    public MaxNumberOfResultsRule(int max)
    {
        _max = max;
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLArgument>((argument, validation) =>
        {
            var name = argument.Name.StringValue;
            if ((name == "first" || name == "last") && argument.Value is GraphQLIntValue literal &&
                long.TryParse(literal.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > _max)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, "ArgumentInputError",
                    $"'{value}' exceeds the maximum number of results for '{name}' ({_max})", argument));
            }
        }));
}
