using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    private readonly string _bin;

    private PostgresServer(string bin, string dataFolder, int port)
    {
        _bin = bin;
        DataFolder = dataFolder;
        Port = port;
    }

    public string DataFolder { get; }

    public int Port { get; }

    public static Task<PostgresServer> GetAsync() => Shared.Value;

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

    /// <summary>A new empty database (copied from template0 in one statement).</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "cms_" + Guid.NewGuid().ToString("n");
        await AdminAsync($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'");
        return name;
    }

    public Task DropDatabaseAsync(string name) => AdminAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    /// <summary>Stops the server (fast: open connections are cut) and starts it again on the same port.</summary>
    public async Task RestartAsync()
    {
        await PgCtlAsync("restart -m fast");
        NpgsqlConnection.ClearAllPools();
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var bin = await FindOrInstallAsync();
        var folder = Path.Combine(Path.GetTempPath(), "cms-postgres-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        var passwordFile = Path.Combine(folder, "password");
        await File.WriteAllTextAsync(passwordFile, Password);
        await RunAsync("chown", ["-R", "postgres:postgres", folder]);
        var data = Path.Combine(folder, "data");
        await RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "-E", "UTF8",
            "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256", $"--pwfile={passwordFile}"]);
        var server = new PostgresServer(bin, folder, FreePort());
        // Durability is not under test: without fsync the suites spend their time on queries, not on the disk.
        await server.PgCtlAsync($"start -w -l {Path.Combine(folder, "log")} -o \"-p {server.Port} -c listen_addresses=127.0.0.1 -k {folder} " +
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\"");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private Task PgCtlAsync(string arguments) =>
        RunAsync("runuser", ["-u", "postgres", "--", "bash", "-c", $"{Path.Combine(_bin, "pg_ctl")} -D {Path.Combine(DataFolder, "data")} {arguments}"]);

    private void Stop()
    {
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
    private static async Task<string> FindOrInstallAsync()
    {
        if (Installed() is { } bin)
        {
            return bin;
        }

        await RunAsync("bash", ["-c", "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y -o DPkg::Lock::Timeout=300 postgresql"]);
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

    private static async Task RunAsync(string file, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        }) ?? throw new InvalidOperationException($"Cannot start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
