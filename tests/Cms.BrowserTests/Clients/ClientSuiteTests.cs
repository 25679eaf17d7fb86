namespace Cms.BrowserTests.Clients;

/// <summary>
/// What front ends run against the API, in their own language: the graphql-http audit, Apollo Client with persisted
/// queries, urql paging a connection and GraphQL Code Generator (tests/clients, <c>node --test</c>).
/// </summary>
public sealed class ClientSuiteTests : IClassFixture<NodeClientSite>
{
    private readonly NodeClientSite _site;

    public ClientSuiteTests(NodeClientSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task NodeClients_AgainstTheNgoSite_AllTestsPass()
    {
        NodeClientSuite.AssertPassed(await NodeClientSuite.RunAsync(_site.BaseUrl));
    }

    [Fact]
    public async Task ApolloPersistedQuery_AfterAServerRestart_AnsweredByHashAlone()
    {
        var dataPath = BrowserHost.NewDataPath();
        try
        {
            await using (var before = new NodeClientSite(dataPath))
            {
                await before.InitializeAsync();
                NodeClientSuite.AssertPassed(await NodeClientSuite.RunAsync(before.BaseUrl, "apollo.test.js"));
            }

            await using var after = new NodeClientSite(dataPath);
            await after.InitializeAsync();
            NodeClientSuite.AssertPassed(await NodeClientSuite.RunAsync(after.BaseUrl, "apollo-after-restart.js"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
