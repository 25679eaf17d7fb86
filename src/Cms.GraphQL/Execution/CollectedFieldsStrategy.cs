using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Cms.GraphQL.Execution;

/// <summary>
/// Resolves fields one at a time (as <see cref="SerialExecutionStrategy"/>) but works out the fields of a selection once
/// per request and object type, not once per object: a list of twenty letters with their analyses and terms is a
/// hundred-odd objects over three selections. Within one request the answer cannot differ between objects of one
/// type: the variables that <c>@skip</c>/<c>@include</c> read are fixed, and type conditions are part of the key.
/// </summary>
internal sealed class CollectedFieldsStrategy : SerialExecutionStrategy
{
    public static new CollectedFieldsStrategy Instance { get; } = new();

    protected override void SetSubFieldNodes(global::GraphQL.Execution.ExecutionContext context, ObjectExecutionNode parent)
    {
        var type = (IGraphType?)parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        if (parent.SelectionSet is not { } selection || !context.UserContext.TryGetValue(GraphQLRequestContext.Key, out var value) ||
            value is not GraphQLRequestContext request)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        if (!request.CollectedFields.TryGetValue((type, selection), out var fields))
        {
            fields = [.. CollectFieldsFrom(context, type, selection, null).Values];
            request.CollectedFields[(type, selection)] = fields;
        }

        var nodes = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, fieldType) = fields[i];
            nodes[i] = BuildExecutionNode(parent, fieldType.ResolvedType!, field, fieldType);
        }

        parent.SubFields = nodes;
    }
}
