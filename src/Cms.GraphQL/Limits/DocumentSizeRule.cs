using GraphQL.Validation;
using GraphQLParser.AST;

namespace Cms.GraphQL.Limits;

/// <summary>Caps the number of field selections and of aliases in one document, so one request cannot fan out without bound.</summary>
internal sealed class DocumentSizeRule : ValidationRuleBase
{
    private readonly int _maxFields;
    private readonly int _maxAliases;

    public DocumentSizeRule(int maxFields, int maxAliases)
    {
        _maxFields = maxFields;
        _maxAliases = maxAliases;
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var fields = 0;
        var aliases = 0;
        var reported = false;
        return new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            fields++;
            if (field.Alias is not null)
            {
                aliases++;
            }

            if (reported)
            {
                return;
            }

            if (fields > _maxFields)
            {
                reported = true;
                validation.ReportError(new ValidationError(validation.Document.Source, "MaxFields",
                    $"The query selects more than {_maxFields} fields (limit Cms:GraphQL:MaxFields).", field));
            }
            else if (aliases > _maxAliases)
            {
                reported = true;
                validation.ReportError(new ValidationError(validation.Document.Source, "MaxAliases",
                    $"The query uses more than {_maxAliases} aliases (limit Cms:GraphQL:MaxAliases).", field));
            }
        }));
    }
}
