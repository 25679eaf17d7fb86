using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Cms.Core.Storage;
using Cms.Core.Storage.Postgres;
using Npgsql;

namespace Cms.Tests.Support;

/// <summary>
/// One PostgreSQL server for the whole test run, started on first use from Debian's package (installed when missing)
/// with <c>initdb</c> and <c>pg_ctl</c> as the <c>postgres</c> user, on 127.0.0.1, a free port and a temporary data
/// folder; stopped and deleted when the test process ends. Each test class gets its own database.
/// </summary>
public sealed class PostgresServer
{
    private const string Password = "cms-tests";
    private static readonly Lazy<PostgresServer> SharedServer = new(StartNew);

    private const string TemplateName = "cms_template";
    private readonly string _bin;
    private readonly Lazy<string> _template;

    private PostgresServer(string bin, string dataFolder, int port)
    {
        _bin = bin;
        DataFolder = dataFolder;
        Port = port;
        _template = new Lazy<string>(CreateTemplate);
    }

    public string DataFolder { get; }

    public int Port { get; }

    /// <summary>The run's server, started (and installed) by the first caller; the others wait for it.</summary>
    public static PostgresServer Shared => SharedServer.Value;

    public string ConnectionString(string database, string password = Password) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = database,
        Username = "postgres",
        Password = password,
        // Tests drop their databases: no pooled connection may be left on one.
        Pooling = true,
    }.ToString();

    /// <summary>A new database at the latest schema, holding nothing yet (a copy of the run's template).</summary>
    public string CreateDatabase()
    {
        var name = "cms_" + Guid.NewGuid().ToString("n");
        Admin($"CREATE DATABASE {name} TEMPLATE {_template.Value}");
        return name;
    }

    /// <summary>A new database without any table, as an operator creates one for a new site.</summary>
    public string CreateEmptyDatabase()
    {
        var name = "cms_" + Guid.NewGuid().ToString("n");
        CreateEmpty(name);
        return name;
    }

    public void DropDatabase(string name) => Admin($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    /// <summary>Stops the server (fast: open connections are cut) and starts it again on the same port; pools are left as they are.</summary>
    public void Restart() => PgCtl("restart -w -m fast");

    /// <summary>
    /// The database every test database is copied from: already at the latest schema, so a test class starts from a
    /// copy instead of running the migrations. Its default collation is ICU's English, whose order is not SQLite's byte
    /// order: the store's own columns must not depend on it.
    /// </summary>
    private string CreateTemplate()
    {
        CreateEmpty(TemplateName);
        using (var dialect = new PostgresDialect(ConnectionString(TemplateName)))
        {
            // Once per run, inside a Lazy that synchronous fixtures (WebApplicationFactory) share too.
            Task.Run(() => new DocumentStore(dialect).InitializeAsync(CancellationToken.None)).GetAwaiter().GetResult();
        }

        return TemplateName;
    }

    private void CreateEmpty(string name) =>
        Admin($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US'");

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>A server of its own (for a test that restarts it); the caller stops it with <see cref="Stop"/>.</summary>
    public static PostgresServer StartNew()
    {
        var bin = FindOrInstall();
        var folder = Path.Combine(Path.GetTempPath(), "cms-postgres-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        var passwordFile = Path.Combine(folder, "password");
        File.WriteAllText(passwordFile, Password);
        Run("chown", ["-R", "postgres:postgres", folder]);
        var data = Path.Combine(folder, "data");
        Run("runuser", ["-u", "postgres", "--", Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "-E", "UTF8",
            "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256", $"--pwfile={passwordFile}"]);
        var server = new PostgresServer(bin, folder, FreePort());
        // Durability is not under test: without fsync the suites spend their time on queries, not on the disk.
        server.PgCtl($"start -w -l {Path.Combine(folder, "log")} -o \"-p {server.Port} -c listen_addresses=127.0.0.1 -k {folder} " +
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\"");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private void PgCtl(string arguments) =>
        Run("runuser", ["-u", "postgres", "--", "bash", "-c", $"{Path.Combine(_bin, "pg_ctl")} -D {Path.Combine(DataFolder, "data")} {arguments}"]);

    /// <summary>Stops the server and deletes its folder (a second call finds nothing to do).</summary>
    public void Stop()
    {
        if (!Directory.Exists(DataFolder))
        {
            return;
        }

        using var stop = Process.Start(new ProcessStartInfo("runuser",
            ["-u", "postgres", "--", Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(DataFolder, "data"), "stop", "-m", "immediate"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        });
        stop?.WaitForExit(30_000);
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    /// <summary>The newest installed server's binaries; Debian's <c>postgresql</c> package is installed when there is none.</summary>
    private static string FindOrInstall()
    {
        if (Installed() is { } bin)
        {
            return bin;
        }

        Run("bash", ["-c", "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y -o DPkg::Lock::Timeout=300 postgresql"]);
        return Installed() ?? throw new InvalidOperationException("apt-get installed postgresql, but no /usr/lib/postgresql/*/bin/initdb exists.");
    }

    private static string? Installed() => Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql")
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .FirstOrDefault()
        : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string file, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        }) ?? throw new InvalidOperationException($"Cannot start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}{output.Result}");
        }
    }
}
