using Cms.Core.Security;
using Cms.GraphQL.Execution;
using Cms.GraphQL.Schema;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Cms.GraphQL.Limits;

/// <summary>
/// A content type's root fields need at least ViewOwn on the type, checked before execution as Orchard does:
/// the error carries <c>number = "Unauthorized"</c> and the response is a 401.
/// </summary>
internal sealed class ContentTypePermissionRule : ValidationRuleBase
{
    public const string Unauthorized = "Unauthorized";

    public static ContentTypePermissionRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (validation.TypeInfo.GetFieldDef() is not { } definition ||
                definition.GetMetadata<string?>(ContentTypeQueries.ContentTypeMetadata) is not { } contentType ||
                !validation.UserContext.TryGetValue(GraphQLRequestContext.Key, out var value) || value is not GraphQLRequestContext request)
            {
                return;
            }

            if (request.Access.Visibility(contentType, preview: false) == ContentVisibility.None)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, Unauthorized,
                    $"Authorization is required to access the node. {definition.Name}", field));
            }
        }));
}
