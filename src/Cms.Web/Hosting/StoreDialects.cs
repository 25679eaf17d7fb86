using Cms.Core.Storage;
using Cms.Core.Storage.Postgres;
using Cms.Core.Storage.Sqlite;
using Npgsql;

namespace Cms.Web.Hosting;

/// <summary>The dialect the <c>Cms:Database</c> settings choose, and the checks of those settings.</summary>
public static class StoreDialects
{
    private const string ConnectionStringKey = $"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.ConnectionString)}";

    public static ISqlDialect Create(DatabaseOptions database, string sqliteFile, int busyTimeoutMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Provider switch
        {
            DatabaseProvider.Postgres => new PostgresDialect(database.ConnectionString!, busyTimeoutMilliseconds, ConnectionStringKey),
            _ => new SqliteDialect(sqliteFile, busyTimeoutMilliseconds),
        };
    }

    /// <summary>The problems of the database settings, each naming its setting (the provider's own value is checked by its type).</summary>
    public static void Check(IConfiguration configuration, List<string> problems)
    {
        var section = configuration.GetSection(DatabaseOptions.SectionName);
        if (!Enum.TryParse<DatabaseProvider>(section[nameof(DatabaseOptions.Provider)] ?? nameof(DatabaseProvider.Sqlite), ignoreCase: true, out var provider) ||
            provider != DatabaseProvider.Postgres)
        {
            return;
        }

        var connectionString = section[nameof(DatabaseOptions.ConnectionString)];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            problems.Add($"{ConnectionStringKey}: required when {DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)} is Postgres " +
                "(an Npgsql connection string such as 'Host=db;Database=cms;Username=cms;Password=...').");
            return;
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            problems.Add($"{ConnectionStringKey}: not an Npgsql connection string: {exception.Message}");
        }
    }
}
