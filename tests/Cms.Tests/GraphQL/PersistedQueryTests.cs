using System.Net;
using Cms.Core.ContentModel;
using Cms.Core.Storage;
using Cms.GraphQL.Persisted;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.GraphQL;

/// <summary>Persisted queries kept in the store: APQ texts any caller registers (bounded) and trusted documents.</summary>
public sealed class PersistedQueryTests : IDisposable
{
    private const string BlogQuery = "query { blog { displayText } }";
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "cms-persisted-tests", Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private static object Apq(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static HttpRequestMessage GetByHash(string hash) => new(HttpMethod.Get,
        "/api/graphql?extensions=" + Uri.EscapeDataString($"{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{hash}\"}}}}"));

    private static async Task<GraphQLTestHost> HostAsync(params (string Key, string? Value)[] settings)
    {
        var host = await GraphQLTestHost.CreateAsync(GraphQLTestDefinitions.Site(), settings.ToDictionary(s => s.Key, s => s.Value));
        await host.SaveRolesAsync(GraphQLTestHost.Role("Anonymous", "ExecuteGraphQL", "ViewContent"));
        return host;
    }

    private static Task<TrustedQueryRegistration> RegisterTrustedAsync(GraphQLTestHost host, string manifest)
    {
        var (entries, errors) = PersistedQueryManifest.Parse(manifest);
        Assert.Empty(errors);
        return host.Services.GetRequiredService<PersistedQueryStore>().RegisterTrustedAsync(
            [.. entries.Select(e => ((IReadOnlyList<string>)e.Keys, e.Query))], CancellationToken.None);
    }

    [Fact]
    public async Task ApqHash_RegisteredBeforeARestart_RunsOnTheNextHost()
    {
        var hash = PersistedQueryKey.Hash(BlogQuery);
        await using (var first = await HostAsync(("Cms:DataPath", _dataPath)))
        {
            await first.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = "Kept blog" });
            var register = await first.PostAsync(BlogQuery, extensions: Apq(hash));
            Assert.Equal(HttpStatusCode.OK, register.Status);
        }

        await using var second = await HostAsync(("Cms:DataPath", _dataPath));
        var hit = await second.SendAsync(GetByHash(hash));

        Assert.Equal(HttpStatusCode.OK, hit.Status);
        Assert.Equal("Kept blog", Assert.Single(hit.Strings("blog", "displayText")));
    }

    [Fact]
    public async Task ApqRegistration_NewHash_KeepsETagsOfOtherQueries()
    {
        await using var host = await HostAsync();
        const string url = "/api/graphql?query={blog{displayText}}";
        var first = await host.SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

        const string other = "query { blog { contentItemId } }";
        await host.PostAsync(other, extensions: Apq(PersistedQueryKey.Hash(other)));
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.TryAddWithoutValidation("If-None-Match", first.ETag);
        var revalidated = await host.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.Status);
    }

    [Fact]
    public async Task ApqRegistration_PastMaxStoredPersistedQueries_DropsTheOldestFromTheStore()
    {
        await using var host = await HostAsync(("Cms:GraphQL:MaxStoredPersistedQueries", "3"));
        var queries = Enumerable.Range(1, 5).Select(i => $"query Q{i} {{ blog {{ displayText }} }}").ToList();
        foreach (var query in queries)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(query, extensions: Apq(PersistedQueryKey.Hash(query)))).Status);
        }

        var store = host.Services.GetRequiredService<PersistedQueryStore>();
        Assert.Equal(3, await store.CountCachedAsync(CancellationToken.None));
        Assert.Null(await store.FindCachedAsync(PersistedQueryKey.Hash(queries[0]), CancellationToken.None));
        Assert.Equal(queries[4], await store.FindCachedAsync(PersistedQueryKey.Hash(queries[4]), CancellationToken.None));
    }

    [Fact]
    public async Task ApqRegistration_TextOverMaxPersistedQueryLength_RunsButIsNotStored()
    {
        await using var host = await HostAsync(("Cms:GraphQL:MaxPersistedQueryLength", "40"));
        var query = BlogQuery + " # " + new string('x', 40);
        var hash = PersistedQueryKey.Hash(query);

        var ran = await host.PostAsync(query, extensions: Apq(hash));
        var miss = await host.SendAsync(GetByHash(hash));

        Assert.Equal(HttpStatusCode.OK, ran.Status);
        Assert.Equal("PersistedQueryNotFound", miss.FirstErrorMessage);
        Assert.Null(await host.Services.GetRequiredService<PersistedQueryStore>().FindCachedAsync(hash, CancellationToken.None));
    }

    [Fact]
    public async Task DocumentId_OfAnApqHash_RunsWithoutPersistedOnly()
    {
        await using var host = await HostAsync();
        var hash = PersistedQueryKey.Hash(BlogQuery);
        await host.PostAsync(BlogQuery, extensions: Apq(hash));

        var byId = await host.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/graphql?documentId=sha256:" + hash));

        Assert.Equal(HttpStatusCode.OK, byId.Status);
    }

    [Fact]
    public async Task PersistedOnly_RegisteredOperation_RunsByHashDocumentIdAndText()
    {
        await using var host = await HostAsync(("Cms:GraphQL:PersistedOnly", "true"));
        await host.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = "Trusted blog" });
        var hash = PersistedQueryKey.Hash(BlogQuery);
        await RegisterTrustedAsync(host, $$"""{ "{{hash}}": "{{BlogQuery}}" }""");

        var byHash = await host.SendAsync(GetByHash(hash));
        var byDocumentId = await host.PostAsync(null!, documentId: hash);
        var byPrefixedGet = await host.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/graphql?documentId=sha256:" + hash));
        var byText = await host.PostAsync(BlogQuery);

        Assert.All(new[] { byHash, byDocumentId, byPrefixedGet, byText }, r => Assert.Equal("Trusted blog", Assert.Single(r.Strings("blog", "displayText"))));
    }

    [Fact]
    public async Task PersistedOnly_ManifestIdThatIsNotAHash_RunsByIdAndByText()
    {
        await using var host = await HostAsync(("Cms:GraphQL:PersistedOnly", "true"));
        await RegisterTrustedAsync(host, $$"""{ "BlogList_1a2b": "{{BlogQuery}}" }""");

        var byDocumentId = await host.PostAsync(null!, documentId: "BlogList_1a2b");
        var byText = await host.PostAsync(BlogQuery);

        Assert.Equal(HttpStatusCode.OK, byDocumentId.Status);
        Assert.Equal(HttpStatusCode.OK, byText.Status);
    }

    [Fact]
    public async Task DocumentId_OfAMutationOverGet_Gets405()
    {
        await using var host = await HostAsync();
        await RegisterTrustedAsync(host, """{ "SaveBlog": "mutation SaveBlog { blog { displayText } }" }""");

        var response = await host.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/graphql?documentId=SaveBlog"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }

    [Fact]
    public async Task PersistedOnly_UnregisteredText_Gets400NamingTheSetting()
    {
        await using var host = await HostAsync(("Cms:GraphQL:PersistedOnly", "true"));

        var response = await host.PostAsync(BlogQuery);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("only registered operations run on this site (Cms:GraphQL:PersistedOnly)", response.FirstErrorMessage);
    }

    [Fact]
    public async Task PersistedOnly_ApqRegistration_IsRefusedAndNothingStored()
    {
        await using var host = await HostAsync(("Cms:GraphQL:PersistedOnly", "true"));
        var hash = PersistedQueryKey.Hash(BlogQuery);

        var register = await host.PostAsync(BlogQuery, extensions: Apq(hash));
        var miss = await host.SendAsync(GetByHash(hash));

        Assert.Equal(HttpStatusCode.BadRequest, register.Status);
        Assert.Equal("only registered operations run on this site (Cms:GraphQL:PersistedOnly)", register.FirstErrorMessage);
        Assert.Equal("PersistedQueryNotFound", miss.FirstErrorMessage);
        Assert.Equal(0, await host.Services.GetRequiredService<PersistedQueryStore>().CountCachedAsync(CancellationToken.None));
    }

    [Fact]
    public async Task PersistedOnly_ApqHashCachedBeforeTheSwitch_DoesNotRun()
    {
        var hash = PersistedQueryKey.Hash(BlogQuery);
        await using (var open = await HostAsync(("Cms:DataPath", _dataPath)))
        {
            Assert.Equal(HttpStatusCode.OK, (await open.PostAsync(BlogQuery, extensions: Apq(hash))).Status);
        }

        await using var trusted = await HostAsync(("Cms:DataPath", _dataPath), ("Cms:GraphQL:PersistedOnly", "true"));
        var byHash = await trusted.SendAsync(GetByHash(hash));
        var byDocumentId = await trusted.PostAsync(null!, documentId: hash);

        Assert.Equal("PersistedQueryNotFound", byHash.FirstErrorMessage);
        Assert.Equal(HttpStatusCode.BadRequest, byDocumentId.Status);
        Assert.Contains("is not a registered document", byDocumentId.FirstErrorMessage, StringComparison.Ordinal);
    }
}
