using System.Net;
using System.Net.Http.Json;
using Cms.Tests.Support;

namespace Cms.Tests.GraphQL;

/// <summary>A PostgreSQL server that restarts between requests: the request that meets the dead connection fails with 503, the next reconnects.</summary>
public sealed class GraphQLStoreOutageTests : IAsyncLifetime
{
    private const string Query = "{ article { contentItemId } }";
    private PostgresServer _server = null!;

    public Task InitializeAsync()
    {
        // A server of its own: restarting the run's shared one would cut every other test's connections.
        _server = PostgresServer.StartNew();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _server.Stop();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Post_ServerRestartedBetweenRequests_FailsOnceWith503ThenReconnects()
    {
        using var factory = CmsWebFactory.On(_server);
        await factory.SeedAsync(TestDefinitions.Articles());
        using var client = factory.Admin();
        var before = await client.PostAsJsonAsync("/api/graphql", new { query = Query });
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        _server.Restart();
        var during = await client.PostAsJsonAsync("/api/graphql", new { query = Query });
        var after = await client.PostAsJsonAsync("/api/graphql", new { query = Query });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.True(after.StatusCode == HttpStatusCode.OK, await after.Content.ReadAsStringAsync());
    }
}
