using GraphQL.DataLoader;

namespace Cms.GraphQL.DataLoading;

/// <summary>
/// A value GraphQL.NET resolves after every field of the current level has been visited, so the loaders
/// have collected all keys of the level before the first one runs its single query.
/// </summary>
internal sealed class DeferredResult<T> : IDataLoaderResult<T>
{
    private readonly Func<CancellationToken, Task<T>> _load;
    private Task<T>? _result;

    public DeferredResult(Func<CancellationToken, Task<T>> load)
    {
        _load = load;
    }

    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => _result ??= _load(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
