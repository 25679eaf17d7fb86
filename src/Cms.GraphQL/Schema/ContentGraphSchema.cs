using GraphQL.Introspection;
using GraphQL.Types;

namespace Cms.GraphQL.Schema;

/// <summary>
/// The schema with the introspection fields graphql-js 16 clients ask for when their options are on
/// (<c>getIntrospectionQuery({ specifiedByUrl, directiveIsRepeatable, inputValueDeprecation })</c>):
/// <c>__Directive.isRepeatable</c>, <c>includeDeprecated</c> on a field's <c>args</c> and on <c>inputFields</c>
/// (GraphQL.NET features), and two GraphQL.NET 8 lacks: <c>__Type.specifiedByURL</c> (null, as no scalar here names
/// a specification) and <c>includeDeprecated</c> on a directive's <c>args</c> (no directive argument is deprecated).
/// </summary>
internal sealed class ContentGraphSchema : global::GraphQL.Types.Schema
{
    public const string SpecifiedByUrl = "specifiedByURL";

    private const string IncludeDeprecated = "includeDeprecated";

    public ContentGraphSchema()
    {
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        base.OnBeforeInitializeType(graphType);
        if (graphType is __Type type)
        {
            AddSpecifiedByUrl(type);
        }
        else if (graphType is __Directive directive && directive.GetField("args") is { } args &&
            args.Arguments?.Find(IncludeDeprecated) is null)
        {
            args.Arguments ??= [];
            args.Arguments.Add(new QueryArgument(typeof(BooleanGraphType)) { Name = IncludeDeprecated, DefaultValue = false });
        }
    }

    private static void AddSpecifiedByUrl(__Type type)
    {
        if (type.GetField(SpecifiedByUrl) is null)
        {
            type.AddField(new FieldType
            {
                Name = SpecifiedByUrl,
                Description = "The URL of the specification a custom scalar follows; null here.",
                Type = typeof(StringGraphType),
                Resolver = DelegateResolver.Sync(_ => null),
            });
        }
    }
}
