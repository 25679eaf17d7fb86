using System.Data.Common;

namespace Cms.Core.Storage;

/// <summary>
/// The commands of one write session, kept by SQL text and reused with new parameter values, so a statement
/// run thousands of times in an import is compiled once instead of once per row.
/// </summary>
internal sealed class PreparedCommands : IAsyncDisposable
{
    // Statements with IN lists vary in text; past this many the rest are run uncached rather than kept forever.
    private const int MaxCommands = 128;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public PreparedCommands(DbConnection connection, DbTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>The session's command for this SQL with these values bound, or null when the cache is full.</summary>
    public DbCommand? Get(string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        if (_commands.TryGetValue(sql, out var command))
        {
            Bind(command, parameters);
            return command;
        }

        if (_commands.Count >= MaxCommands)
        {
            return null;
        }

        command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        Bind(command, parameters);
        _commands.Add(sql, command);
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }

        _commands.Clear();
    }

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
}
