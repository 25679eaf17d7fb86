namespace Cms.Web.Hosting;

/// <summary>The <c>Cms:Database</c> section: which database the store lives in.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Cms:Database";

    /// <summary><c>Sqlite</c> (default: <c>cms.db</c> in the data folder) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For <c>Postgres</c>, an Npgsql connection string (<c>Host=...;Database=...;Username=...;Password=...</c>); unused for SQLite.</summary>
    public string? ConnectionString { get; set; }
}
