using GraphQL;
using GraphQL.Resolvers;

namespace Cms.GraphQL.Schema;

/// <summary>A resolver from a delegate, so generated fields need no class per field.</summary>
internal sealed class DelegateResolver : IFieldResolver
{
    private readonly Func<IResolveFieldContext, ValueTask<object?>> _resolve;

    private DelegateResolver(Func<IResolveFieldContext, ValueTask<object?>> resolve)
    {
        _resolve = resolve;
    }

    public static DelegateResolver Sync(Func<IResolveFieldContext, object?> resolve) =>
        new(context => new ValueTask<object?>(resolve(context)));

    public static DelegateResolver Async(Func<IResolveFieldContext, Task<object?>> resolve) =>
        new(context => new ValueTask<object?>(resolve(context)));

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => _resolve(context);
}
