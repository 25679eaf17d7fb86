using System.Diagnostics;

namespace Cms.Tests.Cli;

/// <summary>Configuration mistakes stop a verb or the server before any work, all of them named in one message, exit 2.</summary>
public sealed class ConfigurationErrorsTests : IDisposable
{
    private static readonly string[] Mistakes =
        ["--Cms:Media:MaxFileSize=abc", "--Cms:GraphQL:MaxDepth=-1", "--Cms:ContentItemCacheMegabytes", "-5", "--Cms:Setup:Enabled=maybe", "--Cms:Setup:AdminPasword=x"];

    private static readonly string[] MistakenSettings =
        ["Cms:Media:MaxFileSize", "Cms:GraphQL:MaxDepth", "Cms:ContentItemCacheMegabytes", "Cms:Setup:Enabled", "Cms:Setup:AdminPasword"];

    private readonly CliTestFolder _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("setup")]
    [InlineData("export")]
    public async Task Verb_SeveralConfigurationMistakes_ExitsTwoNamingEachAndCreatesNothing(string verb)
    {
        var (code, output, errors) = await CliTestFolder.RunAsync([verb, "--data-path", _cli.DataPath, .. Mistakes]);

        Assert.Equal(2, code);
        Assert.Contains("The configuration has 5 problems", errors, StringComparison.Ordinal);
        Assert.Contains("The configuration has 5 problems", errors, StringComparison.Ordinal);
        Assert.All(MistakenSettings, setting => Assert.Contains(setting, errors, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", output + errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.DataPath));
    }

    [Fact]
    public async Task Export_MisspeltSettingName_ExitsTwoSuggestingTheSetting()
    {
        var (code, _, errors) = await CliTestFolder.RunAsync("export", "--Cms:DatPath=" + _cli.DataPath);

        Assert.Equal(2, code);
        Assert.Contains("Cms:DatPath: not a setting of Cms. Did you mean Cms:DataPath?", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.DataPath));
    }

    [Fact]
    public async Task Setup_DataPathIsAFile_ExitsTwoNamingDataPath()
    {
        Directory.CreateDirectory(_cli.Folder);
        var file = Path.Combine(_cli.Folder, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");

        var (code, _, errors) = await CliTestFolder.RunAsync("setup", "--data-path", file);

        Assert.Equal(2, code);
        Assert.Contains($"Cms:DataPath: '{file}' is a file", errors, StringComparison.Ordinal);
        Assert.Equal("x", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task Backup_StoreOnPostgres_ExitsTwoPointingToPgDump()
    {
        var (code, _, errors) = await CliTestFolder.RunAsync("backup", "--data-path", _cli.DataPath, "--out", Path.Combine(_cli.Folder, "site.zip"),
            "--Cms:Database:Provider=Postgres", "--Cms:Database:ConnectionString=Host=127.0.0.1;Database=cms");

        Assert.Equal(2, code);
        Assert.Contains("'backup' works on SQLite's database file, but this site's store is on PostgreSQL", errors, StringComparison.Ordinal);
        Assert.Contains("pg_dump", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_SeveralConfigurationMistakes_ExitsTwoNamingEachWithoutStackTrace()
    {
        var server = Path.Combine(AppContext.BaseDirectory, "Cms.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in (string[])[server, "--urls", "http://127.0.0.1:0", $"--Cms:DataPath={_cli.DataPath}", .. Mistakes])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var readErrors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await readErrors;
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("The configuration has 5 problems", errors, StringComparison.Ordinal);
        Assert.All(MistakenSettings, setting => Assert.Contains(setting, errors, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", output + errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.DataPath));
    }
}
