using System.Net.Http.Headers;
using Cms.Core.Content;
using Cms.Core.Definitions;
using Cms.Core.Security;
using Cms.Core.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Support;

/// <summary>
/// The real host on a temp data folder with setup switched off and a header-driven test sign-in.
/// Each test class gets its own factory, so its own database.
/// </summary>
public class CmsWebFactory : WebApplicationFactory<Program>
{
    private readonly PostgresServer? _postgres;
    private readonly string? _postgresDatabase;

    public CmsWebFactory()
        : this(StoreProvider.Sqlite)
    {
    }

    /// <param name="provider">The store's database: SQLite in the data folder, or a new database on the run's PostgreSQL server.</param>
    protected CmsWebFactory(StoreProvider provider)
        : this(provider == StoreProvider.Postgres ? PostgresServer.Shared : null)
    {
    }

    /// <param name="postgres">The server to make the site's database on; null for SQLite.</param>
    protected CmsWebFactory(PostgresServer? postgres)
        : this(Path.Combine(Path.GetTempPath(), "cms-web-tests", Guid.NewGuid().ToString("n")), postgres)
    {
    }

    /// <summary>A host over the data folder given: several such hosts on one folder are nodes sharing one (SQLite) store.</summary>
    protected CmsWebFactory(string dataPath)
        : this(dataPath, null)
    {
    }

    private CmsWebFactory(string dataPath, PostgresServer? postgres)
    {
        DataPath = dataPath;
        Directory.CreateDirectory(DataPath);
        _postgres = postgres;
        _postgresDatabase = postgres?.CreateDatabase();
    }

    public string DataPath { get; }

    /// <summary>A site whose store is a new database on <paramref name="server"/> (xunit wants one public constructor for a class fixture).</summary>
    public static CmsWebFactory On(PostgresServer server) => new(server);

    /// <summary>The connection string of the site's PostgreSQL database; null on SQLite.</summary>
    public string? PostgresConnectionString => _postgresDatabase is null ? null : _postgres!.ConnectionString(_postgresDatabase);

    /// <summary>A user in each role the tests use; ids are fixed so items can be owned by them.</summary>
    public static class Users
    {
        public const string AdminId = "4admin0000000000000000000a";
        public const string EditorId = "4editor000000000000000000e";
        public const string AuthorId = "4author000000000000000000a";
        public const string OtherAuthorId = "4author000000000000000000b";
        public const string ContributorId = "4contrib00000000000000000c";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Cms:DataPath", DataPath);
        builder.UseSetting("Cms:Setup:Enabled", "false");
        builder.UseSetting("Cms:DefinitionCacheCheckInterval", "00:00:00");
        if (PostgresConnectionString is { } connectionString)
        {
            builder.UseSetting("Cms:Database:Provider", "Postgres");
            builder.UseSetting("Cms:Database:ConnectionString", connectionString);
        }

        builder.ConfigureServices(services => services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = TestAuthenticationHandler.SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null));
    }

    public HttpClient ClientFor(string? userId, params string[] roles)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (userId is not null)
        {
            client.DefaultRequestHeaders.Add("X-Test-User", userId);
            client.DefaultRequestHeaders.Add("X-Test-Roles", string.Join(',', roles));
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public HttpClient Anonymous() => ClientFor(null);

    public HttpClient Admin() => ClientFor(Users.AdminId, SystemRoles.Administrator);

    /// <summary>Stores definitions and the standard roles (Editor, Author, Contributor with API access).</summary>
    public async Task SeedAsync(ContentDefinitionDocument definitions, Action<List<RoleRecord>>? adjustRoles = null)
    {
        _ = Services;
        var content = Services.GetRequiredService<ContentStore>();
        await using var session = await content.OpenSessionAsync(ContentActor.System, CancellationToken.None);
        await session.SaveDefinitionsAsync(definitions, CancellationToken.None);
        var roles = (await SecurityStore.LoadRolesAsync(session.Storage, CancellationToken.None)).ToList();
        foreach (var name in new[] { "Editor", "Author", "Contributor" })
        {
            roles.Add(new RoleRecord { Name = name, Permissions = [.. RoleStereotypes.DefaultPermissions(name), "AccessContentApi"] });
        }

        foreach (var role in roles.Where(r => r.Name is SystemRoles.Authenticated or SystemRoles.Anonymous))
        {
            role.Permissions.Add("AccessContentApi");
        }

        adjustRoles?.Invoke(roles);
        await SecurityStore.SaveRolesAsync(session.Storage, roles, CancellationToken.None);
        await session.SaveChangesAsync(CancellationToken.None);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_postgresDatabase is not null)
        {
            _postgres!.DropDatabase(_postgresDatabase);
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner when a file is still held.
        }
    }
}
