using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Cms.GraphQL.Limits;

/// <summary>
/// The cost model behind <c>Cms:GraphQL:MaxComplexity</c>, plugged into GraphQL.NET's complexity analyzer: every
/// selected field costs 1, times the number of objects the lists above it can return. A list is counted at the page
/// it can really return: its <c>first</c>/<c>last</c>; else one item when the definition allows only one (a
/// MediaField or ContentPickerField without Multiple); else the default page size at the root and
/// <see cref="GraphQLOptions.NestedListCost"/> beneath (bags, pickers, media files, terms). Introspection is
/// schema metadata and is costed by <see cref="IntrospectionCost"/>.
/// </summary>
internal static class QueryCost
{
    /// <summary>Field metadata: the most items the lists beneath this field can hold, as its definition says.</summary>
    public const string MaxItemsMetadata = "cms:maxItems";

    public static ComplexityOptions Options(GraphQLOptions options, Action<double>? measured = null) => new()
    {
        MaxDepth = options.MaxDepth,
        MaxComplexity = options.MaxComplexity,
        DefaultComplexityImpactDelegate = context => Impact(context, options),
        ValidateComplexityDelegate = measured is null ? null : validation =>
        {
            measured(validation.TotalImpact);
            return Task.CompletedTask;
        },
    };

    private static FieldComplexityResult Impact(FieldImpactContext context, GraphQLOptions options)
    {
        if (IntrospectionCost.Applies(context))
        {
            return IntrospectionCost.Impact(context);
        }

        return new FieldComplexityResult(1, IsList(context.FieldDefinition) ? PageSize(context, options) : 1);
    }

    private static int PageSize(FieldImpactContext context, GraphQLOptions options)
    {
        var requested = Requested(context);
        if (requested > 0)
        {
            return requested;
        }

        if (context.Parent is not { } parent)
        {
            return options.DefaultNumberOfResults;
        }

        if (parent.FieldDefinition.GetMetadata<int?>(MaxItemsMetadata) is { } maxItems)
        {
            return maxItems;
        }

        // A connection's nodes: the page its root field asks for.
        if (parent.Parent is null && !IsList(parent.FieldDefinition) && parent.FieldDefinition.Arguments?.Find("first") is not null)
        {
            var page = Requested(parent);
            return page > 0 ? page : options.DefaultNumberOfResults;
        }

        return options.NestedListCost;
    }

    /// <summary>The larger of <c>first</c> and <c>last</c> as given (literals or variables); 0 when neither is.</summary>
    private static int Requested(FieldImpactContext context) =>
        Math.Max(Argument(context, "first"), Argument(context, "last"));

    private static int Argument(FieldImpactContext context, string name) =>
        context.Arguments?.TryGetValue(name, out var value) == true && value.Value is int number ? Math.Max(0, number) : 0;

    private static bool IsList(FieldType field) =>
        field.ResolvedType is ListGraphType or NonNullGraphType { ResolvedType: ListGraphType };
}
