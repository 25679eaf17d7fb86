using Cms.Core.Storage;
using Cms.Core.Storage.Sqlite;
using Cms.GraphQL.Persisted;
using Cms.Web.Cli;

namespace Cms.Tests.Cli;

public sealed class GraphQLRegisterCommandTests : IDisposable
{
    private const string Letters = "query Letters { letter { displayText } }";
    private const string Blogs = "query Blogs { blog { displayText } }";
    private readonly CliTestFolder _cli = new();

    private string DataPath => _cli.DataPath;

    public void Dispose() => _cli.Dispose();

    private async Task<(int? ExitCode, string Output, string Errors)> RegisterAsync(string manifest)
    {
        // The verb works on an existing site only, as every verb but setup does.
        if (!File.Exists(Path.Combine(DataPath, "cms.db")))
        {
            await _cli.SetUpEmptySiteAsync();
        }

        var file = Path.Combine(_cli.Folder, "manifest.json");
        await File.WriteAllTextAsync(file, manifest);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await CommandLine.TryRunAsync(["graphql", "register", file, "--data-path", DataPath], output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    private async Task<string?> TrustedAsync(string key)
    {
        if (!File.Exists(Path.Combine(DataPath, "cms.db")))
        {
            return null;
        }

        using var dialect = new SqliteDialect(Path.Combine(DataPath, "cms.db"));
        return await new PersistedQueryStore(new DocumentStore(dialect)).FindTrustedAsync(key, CancellationToken.None);
    }

    private static string Flat(params string[] queries) =>
        "{" + string.Join(",", queries.Select(q => $"\"{PersistedQueryKey.Hash(q)}\": \"{q}\"")) + "}";

    private static string Apollo(params string[] queries) => $$"""
        { "format": "apollo-persisted-query-manifest", "version": 1, "operations": [
          {{string.Join(",", queries.Select(q => $$"""{ "id": "{{PersistedQueryKey.Hash(q)}}", "name": "{{q.Split(' ')[1]}}", "type": "query", "body": "{{q}}" }"""))}}
        ] }
        """;

    [Fact]
    public async Task Register_FlatManifest_StoresEachQueryByItsHashAndSecondRunIsUnchanged()
    {
        var first = await RegisterAsync(Flat(Letters, Blogs));
        var second = await RegisterAsync(Flat(Letters, Blogs));

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Registered 2, unchanged 0", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Registered 0, unchanged 2", second.Output, StringComparison.Ordinal);
        Assert.Equal(Letters, await TrustedAsync(PersistedQueryKey.Hash(Letters)));
    }

    [Fact]
    public async Task Register_ApolloManifest_StoresEachOperation()
    {
        var (code, output, errors) = await RegisterAsync(Apollo(Letters, Blogs));

        Assert.True(code == 0, errors);
        Assert.Contains("Registered 2, unchanged 0", output, StringComparison.Ordinal);
        Assert.Equal(Blogs, await TrustedAsync(PersistedQueryKey.Hash(Blogs)));
    }

    [Fact]
    public async Task Register_IdThatIsNotAHash_StoresItUnderTheIdAndTheTextsHash()
    {
        var (code, _, _) = await RegisterAsync($$"""{ "LettersQuery_md5": "{{Letters}}" }""");

        Assert.Equal(0, code);
        Assert.Equal(Letters, await TrustedAsync("LettersQuery_md5"));
        Assert.Equal(Letters, await TrustedAsync(PersistedQueryKey.Hash(Letters)));
    }

    [Fact]
    public async Task Register_HashMismatch_FailsNamingTheEntryAndStoresNothing()
    {
        var wrong = PersistedQueryKey.Hash(Blogs);
        var manifest = Apollo(Letters).Replace(PersistedQueryKey.Hash(Letters), wrong, StringComparison.Ordinal);

        var (code, _, errors) = await RegisterAsync(manifest);

        Assert.Equal(1, code);
        Assert.Contains($"operations[0] (id '{wrong}', name 'Letters')", errors, StringComparison.Ordinal);
        Assert.Contains("SHA-256", errors, StringComparison.Ordinal);
        Assert.Null(await TrustedAsync(wrong));
    }

    [Fact]
    public async Task Register_IdRegisteredWithAnotherText_FailsNamingTheEntryAndKeepsTheFirst()
    {
        await RegisterAsync($$"""{ "Shared": "{{Letters}}" }""");

        var (code, _, errors) = await RegisterAsync($$"""{ "New": "{{Blogs}}", "Shared": "{{Blogs}}" }""");

        Assert.Equal(1, code);
        Assert.Contains("entry 'Shared'", errors, StringComparison.Ordinal);
        Assert.Equal(Letters, await TrustedAsync("Shared"));
        Assert.Null(await TrustedAsync("New"));
    }

    [Fact]
    public async Task Register_TextThatIsNotGraphQL_FailsNamingTheEntry()
    {
        var (code, _, errors) = await RegisterAsync("""{ "Broken": "query { letter { displayText " }""");

        Assert.Equal(1, code);
        Assert.Contains("entry 'Broken': the query text is not GraphQL", errors, StringComparison.Ordinal);
        Assert.Null(await TrustedAsync("Broken"));
    }

    [Fact]
    public async Task Register_WrongApolloVersion_FailsNamingTheField()
    {
        var (code, _, errors) = await RegisterAsync("""{ "format": "apollo-persisted-query-manifest", "version": 2, "operations": [] }""");

        Assert.Equal(1, code);
        Assert.Contains("'version' must be 1", errors, StringComparison.Ordinal);
    }
}
