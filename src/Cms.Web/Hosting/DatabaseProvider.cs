namespace Cms.Web.Hosting;

/// <summary>The database engines the store runs on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
