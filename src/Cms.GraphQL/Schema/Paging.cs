using Cms.GraphQL.Limits;
using GraphQL;
using GraphQL.Types;

namespace Cms.GraphQL.Schema;

/// <summary>
/// The paging arguments of nested lists (picker ids, bag items, terms), applied in memory as Orchard does:
/// <c>last</c> takes the tail, otherwise <c>skip</c> then <c>first</c> (default page size when absent).
/// </summary>
internal static class Paging
{
    public static QueryArguments Arguments(SchemaBuildContext context, bool withLast = true)
    {
        var arguments = new QueryArguments(
            new QueryArgument(context.Int) { Name = "first", Description = "the first n elements (10 by default)" },
            new QueryArgument(context.Int) { Name = "skip", Description = "the number of elements to skip" });
        if (withLast)
        {
            arguments.Add(new QueryArgument(context.Int) { Name = "last", Description = "the last n elements" });
        }

        return arguments;
    }

    public static IReadOnlyList<T> Apply<T>(IResolveFieldContext context, IReadOnlyList<T> items, GraphQLOptions options) =>
        Read(context, options).Apply(items);

    /// <summary>Reads the arguments now, for lists completed later by a loader.</summary>
    public static PageWindow Read(IResolveFieldContext context, GraphQLOptions options)
    {
        var first = First(context, options);
        var last = context.GetArgument("last", 0);
        if (last > 0)
        {
            CheckLimit(last, "last", options);
        }

        return new PageWindow(first, Math.Max(0, last), Math.Max(0, context.GetArgument("skip", 0)));
    }

    /// <summary>The page size: the argument, or the default when absent or 0; over the maximum is an error.</summary>
    public static int First(IResolveFieldContext context, GraphQLOptions options)
    {
        var first = context.GetArgument("first", 0);
        if (first < 0)
        {
            throw new ExecutionError("The argument 'first' cannot be negative.") { Code = "ARGUMENT_INPUT_ERROR" };
        }

        CheckLimit(first, "first", options);
        return first == 0 ? options.DefaultNumberOfResults : first;
    }

    private static void CheckLimit(int value, string argument, GraphQLOptions options)
    {
        if (value > options.MaxNumberOfResults)
        {
            throw new ExecutionError(
                $"'{value}' exceeds the maximum number of results for '{argument}' ({options.MaxNumberOfResults})")
            {
                Code = "ARGUMENT_INPUT_ERROR",
            };
        }
    }
}
