using Cms.Core.Security;
using Cms.GraphQL.Execution;
using GraphQL.Types;

namespace Cms.GraphQL.Schema;

/// <summary>
/// <c>me { userId userName email }</c>: the signed-in caller, as Orchard's Users module registers it whenever GraphQL is
/// on; null for anonymous callers, API keys and preview tokens, which are no user. Only what Orchard's User type shows
/// (its phone number is not kept here): never roles, hashes or stamps.
/// </summary>
internal static class MeQuery
{
    public const string FieldName = "me";

    public const string TypeName = "User";

    public static FieldType Field(SchemaBuildContext context)
    {
        var user = new ObjectGraphType { Name = TypeName, Description = "Represents the currently authenticated user." };
        user.AddField(Member("userId", new NonNullGraphType(context.String), "The id of the user.", u => u.UserId));
        user.AddField(Member("userName", new NonNullGraphType(context.String), "The name of the user.", u => u.UserName));
        user.AddField(Member("email", context.String, "The email of the user.", u => u.Email));
        return new FieldType
        {
            Name = FieldName,
            Description = "Gets the currently authenticated user.",
            ResolvedType = user,
            Resolver = DelegateResolver.Async(async resolve =>
            {
                var request = GraphQLRequestContext.From(resolve);
                if (request.Access.User.UserId is not { } userId)
                {
                    return null;
                }

                var session = await request.SessionAsync(resolve.CancellationToken);
                return await SecurityStore.FindUserByIdAsync(session, userId, resolve.CancellationToken);
            }),
        };
    }

    private static FieldType Member(string name, IGraphType type, string description, Func<UserRecord, object?> read) => new()
    {
        Name = name,
        Description = description,
        ResolvedType = type,
        Resolver = DelegateResolver.Sync(resolve => read((UserRecord)resolve.Source!)),
    };
}
