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
        var (exitCode, output) = await NodeClientSuite.RunAsync(_site.BaseUrl, new Dictionary<string, string>());

        Assert.True(exitCode == 0, $"node --test in {NodeClientSuite.Folder} failed ({exitCode}):\n{output}");
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
    }
}
