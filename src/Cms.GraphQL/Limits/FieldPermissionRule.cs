using Cms.GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Cms.GraphQL.Limits;

/// <summary>
/// Root fields that are not content type queries but still expose stored data (<c>mediaAssets</c>) carry the
/// permission they need in their metadata; a caller without it gets the same 401 validation error as a content
/// type query: <c>number = "Unauthorized"</c>.
/// </summary>
internal sealed class FieldPermissionRule : ValidationRuleBase
{
    public const string PermissionMetadata = "cms:permission";

    public static FieldPermissionRule Instance { get; } = new();

    /// <summary>Marks <paramref name="field"/> as needing <paramref name="permission"/>.</summary>
    public static FieldType Require(FieldType field, string permission)
    {
        field.Metadata[PermissionMetadata] = permission;
        return field;
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (validation.TypeInfo.GetFieldDef() is not { } definition ||
                definition.GetMetadata<string?>(PermissionMetadata) is not { } permission ||
                !validation.UserContext.TryGetValue(GraphQLRequestContext.Key, out var value) || value is not GraphQLRequestContext request)
            {
                return;
            }

            if (!request.Access.Has(permission))
            {
                validation.ReportError(new ValidationError(validation.Document.Source, ContentTypePermissionRule.Unauthorized,
                    $"Authorization is required to access the node. {definition.Name} needs the {permission} permission.", field));
            }
        }));
}
