using System.Data.Common;

namespace Cms.Core.Storage;

/// <summary>
/// An open database connection lent to one session at a time, with the commands it has prepared: a statement's SQL
/// text is compiled once per connection instead of once per run. Disposing hands the connection back to its pool.
/// </summary>
public sealed class StoreConnection : IAsyncDisposable
{
    // Query shapes are few (one per filter/order combination); past this many the connection starts over.
    private const int MaxPreparedCommands = 200;

    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
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
        if (!_commands.TryGetValue(sql, out var command))
        {
            if (_commands.Count >= MaxPreparedCommands)
            {
                DisposeCommands();
            }

            command = Connection.CreateCommand();
            command.CommandText = sql;
            if (_prepareCommands)
            {
                // Compiled now and kept: a command that was never prepared explicitly is compiled again on every run.
                command.Prepare();
            }

            _commands[sql] = command;
        }

        Bind(command, parameters);
        return command;
    }

    /// <summary>Hands the connection back to its pool (or closes it when it has none).</summary>
    public ValueTask DisposeAsync() => _release is null ? CloseAsync() : _release(this);

    /// <summary>Closes the connection for good, with its prepared commands.</summary>
    public async ValueTask CloseAsync()
    {
        DisposeCommands();
        await Connection.DisposeAsync();
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

    private void DisposeCommands()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
