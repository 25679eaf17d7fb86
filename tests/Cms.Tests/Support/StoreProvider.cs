namespace Cms.Tests.Support;

/// <summary>The database a test site runs on: every storage-facing suite runs once per provider.</summary>
public enum StoreProvider
{
    Sqlite,
    Postgres,
}
