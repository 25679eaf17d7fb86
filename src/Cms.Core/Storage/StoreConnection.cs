using System.Data.Common;

namespace Cms.Core.Storage;

/// <summary>
/// An open database connection lent to one session at a time, with the commands it has prepared: a statement's SQL
/// text is compiled once per connection instead of once per run. Disposing hands the connection back to its pool.
/// </summary>
public sealed class StoreConnection : IAsyncDisposable
{
    /// <summary>
    /// Query shapes are few (one per filter/order combination, IN lists padded to a few sizes); past this many the
    /// command used least recently is dropped, so a burst of one-off texts never evicts the hot ones.
    /// </summary>
    internal const int MaxPreparedCommands = 200;

    private readonly Dictionary<string, LinkedListNode<DbCommand>> _commands = new(StringComparer.Ordinal);

    // Most recently used first.
    private readonly LinkedList<DbCommand> _recent = new();
    private readonly Func<StoreConnection, ValueTask>? _release;
    private readonly bool _prepareCommands;

    /// <param name="connection">An open connection.</param>
    /// <param name="release">Takes the connection back when the session is done; null closes it instead.</param>
    /// <param name="prepareCommands">
    /// False for a provider that prepares statements itself (Npgsql's automatic preparation, per physical connection).
    /// </param>
    public StoreConnection(DbConnection connection, Func<StoreConnection, ValueTask>? release = null, bool prepareCommands = true)
    {
        Connection = connection;
        _release = release;
        _prepareCommands = prepareCommands;
    }

    public DbConnection Connection { get; }

    /// <summary>
    /// The connection's command for this SQL text with these values bound: callers set the transaction, run it, and
    /// never dispose it (the connection owns its commands).
    /// </summary>
    public DbCommand Command(string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        if (_commands.TryGetValue(sql, out var node))
        {
            if (node != _recent.First)
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
            }
        }
        else
        {
            if (_commands.Count >= MaxPreparedCommands)
            {
                DropLeastRecentlyUsed();
            }

            var command = Connection.CreateCommand();
            command.CommandText = sql;
            if (_prepareCommands)
            {
                // Compiled now and kept: a command that was never prepared explicitly is compiled again on every run.
                command.Prepare();
            }

            node = _recent.AddFirst(command);
            _commands[sql] = node;
        }

        Bind(node.Value, parameters);
        return node.Value;
    }

    /// <summary>How many prepared commands the connection keeps now (never more than <see cref="MaxPreparedCommands"/>).</summary>
    internal int PreparedCommandCount => _commands.Count;

    /// <summary>Hands the connection back to its pool (or closes it when it has none).</summary>
    public ValueTask DisposeAsync() => _release is null ? CloseAsync() : _release(this);

    /// <summary>Closes the connection for good, with its prepared commands.</summary>
    public async ValueTask CloseAsync()
    {
        DisposeCommands();
        await Connection.DisposeAsync();
    }

    /// <summary>Closes the connection for good, with its prepared commands, without waiting on anything asynchronous.</summary>
    public void Close()
    {
        DisposeCommands();
        Connection.Dispose();
    }

    /// <summary>Same names as last time (the usual case): only the values change, no parameter objects are made.</summary>
    private static void Bind(DbCommand command, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        if (!SameNames(command.Parameters, parameters))
        {
            command.Parameters.Clear();
            foreach (var (name, _) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            command.Parameters[i].Value = DbValues.From(parameters[i].Value);
        }
    }

    private static bool SameNames(DbParameterCollection bound, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        if (bound.Count != parameters.Count)
        {
            return false;
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            if (!string.Equals(bound[i].ParameterName, parameters[i].Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private void DropLeastRecentlyUsed()
    {
        var oldest = _recent.Last!;
        _recent.RemoveLast();
        _commands.Remove(oldest.Value.CommandText);
        oldest.Value.Dispose();
    }

    private void DisposeCommands()
    {
        foreach (var command in _recent)
        {
            command.Dispose();
        }

        _recent.Clear();
        _commands.Clear();
    }
}
