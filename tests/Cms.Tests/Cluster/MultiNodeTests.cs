using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Tests.Admin;

namespace Cms.Tests.Cluster;

/// <summary>
/// Three server processes on one store and Redis (<see cref="ThreeNodeCluster"/>): what one node commits, the others serve
/// within a second; setup and scheduled work run on one node at a time. Every wait is bounded. Run alone (not beside other
/// test classes), so the one-second bounds measure the cluster, not the rest of the test run.
/// </summary>
[Collection(ClusterProcessesGroup.Name)]
public sealed partial class MultiNodeTests : IClassFixture<ThreeNodeCluster>
{
    private static readonly TimeSpan Visible = TimeSpan.FromSeconds(1);
    private readonly ThreeNodeCluster _cluster;

    public MultiNodeTests(ThreeNodeCluster cluster)
    {
        _cluster = cluster;
    }

    [Fact]
    public void Setup_ThreeNodesStartedTogetherOnAnEmptyStore_RunsExactlyOnce()
    {
        var setups = _cluster.Nodes.Sum(node => Regex.Count(node.Output, "Set up the site from recipe 'Cluster'"));

        Assert.True(setups == 1, string.Join("\n----\n", _cluster.Nodes.Select(node => node.Output)));
    }

    [Fact]
    public async Task Publish_ThroughA_IsServedByBAndCWithNewETagsWithinASecond()
    {
        using var admin = await SignedInAsync(_cluster.A, "admin", ThreeNodeCluster.AdminPassword);
        using var reader = new HttpClient();
        var title = "Published " + Guid.NewGuid().ToString("n");
        var before = await Task.WhenAll(GraphQLAsync(reader, _cluster.B), GraphQLAsync(reader, _cluster.C));

        var published = await WriteAsync(admin, _cluster.A, "api/content",
            JsonContent.Create(new JsonObject { ["ContentType"] = "Note", ["DisplayText"] = title, ["TitlePart"] = new JsonObject { ["Title"] = title } }));
        var watch = Stopwatch.StartNew();
        var after = await Task.WhenAll(
            UntilAsync(() => GraphQLAsync(reader, _cluster.B), answer => answer.Body.Contains(title, StringComparison.Ordinal)),
            UntilAsync(() => GraphQLAsync(reader, _cluster.C), answer => answer.Body.Contains(title, StringComparison.Ordinal)));

        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        Assert.True(watch.Elapsed < Visible, $"Seen on B and C after {watch.ElapsedMilliseconds} ms.");
        Assert.NotEqual(before[0].ETag, after[0].ETag);
        Assert.NotEqual(before[1].ETag, after[1].ETag);
    }

    [Fact]
    public async Task TypeEditedOnA_AppearsInBsSchemaWithinASecond()
    {
        using var admin = await SignedInAsync(_cluster.A, "admin", ThreeNodeCluster.AdminPassword);
        using var reader = new HttpClient();
        var type = "Memo" + Guid.NewGuid().ToString("n")[..8];
        var before = await reader.GetStringAsync(new Uri(_cluster.B.BaseAddress, "api/graphql/schema.graphql"));

        var edited = await RunRecipeAsync(admin, _cluster.A, NewTypeRecipe(type));
        var watch = Stopwatch.StartNew();
        var schema = await UntilAsync(() => reader.GetStringAsync(new Uri(_cluster.B.BaseAddress, "api/graphql/schema.graphql")),
            text => text.Contains("type " + type, StringComparison.Ordinal));

        Assert.True(edited.IsSuccessStatusCode, await edited.Content.ReadAsStringAsync());
        Assert.True(watch.Elapsed < Visible, $"In B's schema after {watch.ElapsedMilliseconds} ms.");
        Assert.DoesNotContain("type " + type, before, StringComparison.Ordinal);
        Assert.Contains("type " + type, schema, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoleRemovedOnA_LocksTheUserOutOnC()
    {
        using var reader = await SignedInAsync(_cluster.A, ThreeNodeCluster.ReaderName, ThreeNodeCluster.ReaderPassword);
        var allowedOnC = await reader.GetAsync(new Uri(_cluster.C.BaseAddress, "admin/contents"));
        using var admin = await SignedInAsync(_cluster.A, "admin", ThreeNodeCluster.AdminPassword);

        var removed = await RunRecipeAsync(admin, _cluster.A, $$"""
            { "name": "Demote", "steps": [ { "name": "Roles", "Roles": [ { "Name": "Reader", "Permissions": [ "ExecuteGraphQL" ] } ] } ] }
            """);
        var refusedOnC = await reader.GetAsync(new Uri(_cluster.C.BaseAddress, "admin/contents"));

        Assert.Equal(HttpStatusCode.OK, allowedOnC.StatusCode);
        Assert.True(removed.IsSuccessStatusCode, await removed.Content.ReadAsStringAsync());
        // An admin page answers a signed-in user without the permission by sending them to the access-denied page.
        Assert.Equal(HttpStatusCode.Found, refusedOnC.StatusCode);
        Assert.Equal("/admin/denied", refusedOnC.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task RedisKilled_NodesKeepServingAndConvergeByPolling_ThenListenAgain()
    {
        using var admin = await SignedInAsync(_cluster.A, "admin", ThreeNodeCluster.AdminPassword);
        using var reader = new HttpClient();
        var type = "Flyer" + Guid.NewGuid().ToString("n")[..8];

        _cluster.Redis.Kill();
        await Task.WhenAll(_cluster.Nodes.Select(node => UntilAsync(() => ReadyAsync(reader, node),
            ready => ready["redis"]!["status"]!.GetValue<string>().StartsWith("unhealthy", StringComparison.Ordinal))));
        var edited = await RunRecipeAsync(admin, _cluster.A, NewTypeRecipe(type));
        var watch = Stopwatch.StartNew();
        var schemas = await Task.WhenAll(new[] { _cluster.B, _cluster.C }.Select(node => UntilAsync(
            () => reader.GetStringAsync(new Uri(node.BaseAddress, "api/graphql/schema.graphql")),
            text => text.Contains("type " + type, StringComparison.Ordinal))));
        var converged = watch.Elapsed;
        await _cluster.Redis.StartAsync();
        await Task.WhenAll(_cluster.Nodes.Select(node => UntilAsync(() => ReadyAsync(reader, node),
            ready => ready["redis"]!["status"]!.GetValue<string>() == "healthy")));

        Assert.True(edited.IsSuccessStatusCode, await edited.Content.ReadAsStringAsync());
        Assert.All(schemas, schema => Assert.Contains("type " + type, schema, StringComparison.Ordinal));
        // A poll period, plus the time it takes this 2-core machine to rebuild a schema under three servers.
        Assert.True(converged < TimeSpan.FromMilliseconds(ThreeNodeCluster.PollMilliseconds) + Visible,
            $"Converged after {converged.TotalMilliseconds:0} ms.");
        Assert.All(_cluster.Nodes, node => Assert.Contains("Redis is unreachable; polling the store", node.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TrashPurge_RunsOncePerPeriodAcrossTheThree()
    {
        var period = TimeSpan.FromSeconds(ThreeNodeCluster.TrashPurgeEverySeconds);
        await Task.Delay(period * 3);

        var runs = _cluster.Nodes.SelectMany(node => PurgeRun().Matches(node.Output).Select(match => TimeSpan.Parse(match.Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture))).Order().ToList();
        var gaps = runs.Zip(runs.Skip(1), (first, next) => next - first).ToList();

        Assert.True(runs.Count >= 2, $"{runs.Count} run(s).");
        // Each run takes the period's lock for nine tenths of it; a little slack for log timestamps taken after the lock.
        Assert.All(gaps, gap => Assert.True(gap >= period * 0.8, $"Two runs {gap.TotalMilliseconds:0} ms apart."));
    }

    [GeneratedRegex("\"Timestamp\":\"(\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d)[^\\n]*Trash purge: this node took the period")]
    private static partial Regex PurgeRun();

    private static string NewTypeRecipe(string type) => $$"""
        { "name": "AddType", "steps": [ { "name": "ContentDefinition", "ContentTypes": [ { "Name": "{{type}}", "DisplayName": "{{type}}",
          "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] } ] }
        """;

    private static async Task<HttpClient> SignedInAsync(ServerNode node, string userName, string password)
    {
        var browser = ThreeNodeCluster.NewBrowser();
        var page = new Uri(node.BaseAddress, "admin/login").ToString();
        var signedIn = await AdminForms.PostAsync(browser, page, page, [new("UserName", userName), new("Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    private static Task<HttpResponseMessage> RunRecipeAsync(HttpClient admin, ServerNode node, string recipe) =>
        WriteAsync(admin, node, "api/recipes/run", new StringContent(recipe, Encoding.UTF8, "application/json"));

    /// <summary>A write through the sign-in cookie: it carries an admin page's antiforgery token, as the admin's scripts do.</summary>
    private static async Task<HttpResponseMessage> WriteAsync(HttpClient admin, ServerNode node, string path, HttpContent body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(node.BaseAddress, path)) { Content = body };
        request.Headers.Add("X-CSRF-TOKEN", await AdminForms.TokenAsync(admin, new Uri(node.BaseAddress, "admin").ToString()));
        return await admin.SendAsync(request);
    }

    private static async Task<(string Body, string? ETag)> GraphQLAsync(HttpClient client, ServerNode node)
    {
        using var response = await client.GetAsync(new Uri(node.BaseAddress, "api/graphql?query=" + Uri.EscapeDataString("{ note { displayText } }")));
        return (await response.Content.ReadAsStringAsync(), response.Headers.ETag?.Tag);
    }

    private static async Task<JsonNode> ReadyAsync(HttpClient client, ServerNode node)
    {
        using var response = await client.GetAsync(new Uri(node.BaseAddress, "health/ready"));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Asks again until the answer satisfies <paramref name="done"/>; gives up (failing the test) after 20 s.</summary>
    private static async Task<T> UntilAsync<T>(Func<Task<T>> ask, Func<T, bool> done)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var answer = await ask();
            if (done(answer))
            {
                return answer;
            }

            await Task.Delay(10, bound.Token);
        }
    }
}
