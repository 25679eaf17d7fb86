using System.Diagnostics;
using Cms.Tests.Support;

namespace Cms.Tests.Hosting;

/// <summary>Database settings that cannot work stop the server before it serves, with one line naming the setting.</summary>
public sealed class DatabaseConfigurationTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "cms-db-config-tests", Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task Server_UnknownProvider_ExitsTwoNamingTheProviderSetting()
    {
        var (code, errors) = await StartServerAsync("--Cms:Database:Provider=Mysql");

        Assert.Equal(2, code);
        Assert.Contains("Cms:Database:Provider: 'Mysql' is not one of Sqlite, Postgres.", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_PostgresWithoutConnectionString_ExitsTwoNamingTheConnectionString()
    {
        var (code, errors) = await StartServerAsync("--Cms:Database:Provider=Postgres");

        Assert.Equal(2, code);
        Assert.Contains("Cms:Database:ConnectionString: required when Cms:Database:Provider is Postgres", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong password", "password authentication failed")]
    [InlineData("missing database", "database \"cms_missing\" does not exist")]
    [InlineData("unreachable server", "Connection refused")]
    public async Task Server_PostgresCannotBeUsed_ExitsOneWithOneLineNamingTheConnectionString(string mistake, string reason)
    {
        var server = PostgresServer.Shared;
        var connectionString = mistake switch
        {
            "wrong password" => server.ConnectionString("postgres", password: "wrong"),
            "missing database" => server.ConnectionString("cms_missing"),
            _ => server.ConnectionString("postgres").Replace($"Port={server.Port}", "Port=1", StringComparison.Ordinal),
        };

        var (code, errors) = await StartServerAsync("--Cms:Database:Provider=Postgres", $"--Cms:Database:ConnectionString={connectionString}");

        Assert.Equal(1, code);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Cms:Database:ConnectionString: cannot connect to PostgreSQL at 127.0.0.1:", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", line, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Errors)> StartServerAsync(params string[] settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "Cms.Web.dll"), "--urls", "http://127.0.0.1:0",
            $"--Cms:DataPath={_dataPath}", "--Cms:Setup:Enabled=false", .. settings])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var readErrors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        var errors = await readErrors;
        await process.WaitForExitAsync();
        return (process.ExitCode, errors);
    }
}
