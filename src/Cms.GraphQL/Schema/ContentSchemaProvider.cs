using Cms.Core.Definitions;
using Microsoft.Extensions.Logging;

namespace Cms.GraphQL.Schema;

/// <summary>
/// The current schema, built once per definitions version and swapped whole, so a request sees the old or
/// the new schema, never a mix. A singleton: it rebuilds when the definition cache reports a change, and
/// checks the version on every request so a change made by another node is picked up too.
/// </summary>
internal sealed class ContentSchemaProvider : IDisposable
{
    private readonly ContentDefinitionStore _definitions;
    private readonly ContentSchemaBuilder _builder;
    private readonly ILogger<ContentSchemaProvider>? _logger;
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile BuiltSchema? _current;

    public ContentSchemaProvider(ContentDefinitionStore definitions, ContentSchemaBuilder builder, ILogger<ContentSchemaProvider>? logger = null)
    {
        _definitions = definitions;
        _builder = builder;
        _logger = logger;
        _definitions.Changed += OnDefinitionsChanged;
    }

    public async Task<BuiltSchema> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await _definitions.GetAsync(cancellationToken);
        var current = _current;
        if (current is not null && current.Version == snapshot.Version)
        {
            return current;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is null || current.Version != snapshot.Version)
            {
                current = _builder.Build(snapshot);
                _current = current;
            }

            return current;
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose()
    {
        _definitions.Changed -= OnDefinitionsChanged;
        _building.Dispose();
    }

    private void OnDefinitionsChanged(ContentDefinitionSnapshot snapshot)
    {
        // Built off the committing thread; until it is swapped in, requests still get a schema for the version they read.
        _ = Task.Run(async () =>
        {
            try
            {
                await _building.WaitAsync();
                try
                {
                    if (_current is null || _current.Version < snapshot.Version)
                    {
                        _current = _builder.Build(snapshot);
                    }
                }
                finally
                {
                    _building.Release();
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                _logger?.LogError(exception, "Rebuilding the GraphQL schema for definitions version {Version} failed", snapshot.Version);
            }
        });
    }
}
