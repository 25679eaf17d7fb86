using System.Text.Json.Nodes;
using Cms.Core.Definitions;
using Cms.GraphQL.Schema;
using GraphQL;
using GraphQL.Types;

namespace Cms.GraphQL.Fields;

/// <summary>A field kind exposed as an object type of its own (LinkField, MediaField), shared by every field of the kind.</summary>
internal abstract class ObjectFieldGraph : IContentFieldGraph
{
    public abstract string FieldName { get; }

    public GraphMember CreateMember(string graphName, ContentPartFieldDefinition field, SchemaBuildContext context)
    {
        var type = context.Shared(FieldName, () =>
        {
            var created = new ObjectGraphType { Name = FieldName };
            foreach (var member in Members(context))
            {
                created.AddField(member);
            }

            return created;
        });
        var name = field.Name;
        return new GraphMember(graphName, type,
            (_, part) => part.Field(name) is JsonObject value ? new FieldSource(part, name, value) : null,
            Description: field.DisplayName, MaxItems: MaxItems(field));
    }

    /// <summary>The most items the field's lists can hold as its definition says (for the query cost); null when unbounded.</summary>
    protected virtual int? MaxItems(ContentPartFieldDefinition field) => null;

    public FieldFilterShape? Filter(SchemaBuildContext context) => null;

    protected abstract IEnumerable<FieldType> Members(SchemaBuildContext context);

    protected static FieldType Member(string name, IGraphType type, Func<IResolveFieldContext, FieldSource, object?> resolve,
        QueryArguments? arguments = null, string? description = null) => new()
    {
        Name = name,
        ResolvedType = type,
        Arguments = arguments,
        Description = description,
        Resolver = DelegateResolver.Sync(context => context.Source is FieldSource source ? resolve(context, source) : null),
    };
}
