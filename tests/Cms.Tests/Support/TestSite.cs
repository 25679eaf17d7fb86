using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Media;
using Cms.Core.Recipes;
using Cms.Core.Recipes.Scripting;
using Cms.Core.Storage;
using Cms.Core.Storage.Postgres;
using Cms.Core.Storage.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Cms.Tests.Support;

/// <summary>
/// A real database (a SQLite file in a temp folder, or a new database on the test run's PostgreSQL server), with the
/// content store on top and a fake clock.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    private readonly string? _postgresDatabase;

    private TestSite(string folder, ISqlDialect dialect, string? postgresDatabase)
    {
        Folder = folder;
        _postgresDatabase = postgresDatabase;
        Clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero));
        Dialect = dialect;
        Documents = new DocumentStore(Dialect);
        DefinitionStore = new ContentDefinitionStore(Documents, Clock, TimeSpan.Zero);
        Content = new ContentStore(Documents, DefinitionStore, ContentKindCatalog.Default, Clock);
        MediaPath = Path.Combine(folder, "media");
        Recipes = new RecipeRunner(Content, new MediaStore(MediaPath, new MediaOptions()), recipesFolder: null, new RecipeScriptOptions(), Clock);
    }

    public string Folder { get; }
    public FakeTimeProvider Clock { get; }
    public ISqlDialect Dialect { get; }

    /// <summary>The SQLite file (for tests of SQLite itself).</summary>
    public string DatabaseFile => Path.Combine(Folder, "cms.db");

    public StoreProvider Provider => _postgresDatabase is null ? StoreProvider.Sqlite : StoreProvider.Postgres;
    public DocumentStore Documents { get; }
    public ContentDefinitionStore DefinitionStore { get; }
    public ContentStore Content { get; }
    public string MediaPath { get; }
    public RecipeRunner Recipes { get; }

    public static IReadOnlyDictionary<string, string?> AdminParameters { get; } = new Dictionary<string, string?>
    {
        ["AdminUserId"] = "4admin0000000000000000000a",
        ["AdminUsername"] = "admin",
        ["AdminEmail"] = "admin@example.org",
        ["SiteName"] = "Test site",
    };

    public Task<RecipeResult> RunRecipeAsync(RecipeDescriptor recipe, bool strict = false) =>
        Recipes.RunAsync(recipe, new RecipeRunRequest { Parameters = AdminParameters, Strict = strict }, CancellationToken.None);

    /// <summary>
    /// Every row of every table plus the media files, as text: equal fingerprints mean an unchanged site. The planner's
    /// statistics (sqlite_stat*) are left out: they describe the data and are refreshed after runs that change nothing.
    /// </summary>
    public async Task<string> FingerprintAsync()
    {
        var builder = new System.Text.StringBuilder();
        await using var session = await Documents.OpenReadSessionAsync(CancellationToken.None);
        var tables = await session.RowsAsync(Provider == StoreProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' " +
              // Full-text segments depend on how writes were batched, not on what is indexed; their words are in *_content.
              "AND name NOT LIKE 'ContentSearch%\\_data' ESCAPE '\\' AND name NOT LIKE 'ContentSearch%\\_idx' ESCAPE '\\' ORDER BY name"
            : "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1", [], CancellationToken.None);
        foreach (var table in tables.Select(t => (string)t[0]!))
        {
            builder.Append("# ").AppendLine(table);
            foreach (var row in await session.RowsAsync($"SELECT * FROM \"{table}\" ORDER BY 1", [], CancellationToken.None))
            {
                builder.AppendLine(string.Join(" | ", row.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        if (Directory.Exists(MediaPath))
        {
            foreach (var file in Directory.EnumerateFiles(MediaPath, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                builder.Append(file).Append(' ').AppendLine(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file))));
            }
        }

        return builder.ToString();
    }

    public static ContentActor Editor { get; } = new("4editor00000000000000000001", "editor");

    public static Task<TestSite> CreateAsync(ContentDefinitionDocument? definitions = null) => CreateAsync(StoreProvider.Sqlite, definitions);

    public static async Task<TestSite> CreateAsync(StoreProvider provider, ContentDefinitionDocument? definitions = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cms-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        TestSite site;
        if (provider == StoreProvider.Postgres)
        {
            var server = PostgresServer.Shared;
            var database = server.CreateDatabase();
            site = new TestSite(folder, new PostgresDialect(server.ConnectionString(database)), database);
        }
        else
        {
            site = new TestSite(folder, new SqliteDialect(Path.Combine(folder, "cms.db")), null);
        }

        await site.Documents.InitializeAsync(CancellationToken.None);
        if (definitions is not null)
        {
            await using var session = await site.Content.OpenSessionAsync(ContentActor.System, CancellationToken.None);
            await session.SaveDefinitionsAsync(definitions, CancellationToken.None);
            await session.SaveChangesAsync(CancellationToken.None);
        }

        return site;
    }

    public Task<ContentSession> OpenAsync(ContentActor? actor = null) =>
        Content.OpenSessionAsync(actor ?? Editor, CancellationToken.None);

    /// <summary>Runs one unit of work and commits it.</summary>
    public async Task<T> WriteAsync<T>(Func<ContentSession, Task<T>> work, ContentActor? actor = null)
    {
        await using var session = await OpenAsync(actor);
        var result = await work(session);
        await session.SaveChangesAsync(CancellationToken.None);
        return result;
    }

    public async Task<T> ReadAsync<T>(Func<ReadSession, Task<T>> work)
    {
        await using var session = await Documents.OpenReadSessionAsync(CancellationToken.None);
        return await work(session);
    }

    public async ValueTask DisposeAsync()
    {
        DefinitionStore.Dispose();
        ((IDisposable)Dialect).Dispose();
        if (_postgresDatabase is not null)
        {
            PostgresServer.Shared.DropDatabase(_postgresDatabase);
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pooled connection is left for the OS temp cleaner.
        }
    }
}
