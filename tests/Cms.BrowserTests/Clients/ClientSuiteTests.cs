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

}
