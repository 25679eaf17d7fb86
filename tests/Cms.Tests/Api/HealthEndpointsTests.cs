using System.Net;
using System.Text.Json.Nodes;
using Cms.Tests.Cluster;
using Cms.Tests.Support;
using Cms.Web.Cluster;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Api;

public sealed class HealthEndpointsTests : IDisposable
{
    private readonly string _dataPath = NodeWebFactory.NewDataPath();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task Live_ProcessUp_Returns200()
    {
        using var node = new NodeWebFactory(_dataPath, new Dictionary<string, string>());

        var response = await node.Anonymous().GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_WithoutRedis_ReportsTheStoreHealthyAndRedisNotConfigured()
    {
        using var node = new NodeWebFactory(_dataPath, new Dictionary<string, string>());

        var (status, report) = await ReadyAsync(node);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ready", report["status"]!.GetValue<string>());
        Assert.Equal("healthy", report["store"]!["status"]!.GetValue<string>());
        Assert.Equal("not configured", report["redis"]!["status"]!.GetValue<string>());
        Assert.Equal(("healthy", "FileSystem"), (report["media"]!["status"]!.GetValue<string>(), report["media"]!["role"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Ready_MediaFolderGone_StaysReadyAndReportsTheMediaStore()
    {
        using var node = new NodeWebFactory(_dataPath, new Dictionary<string, string>());
        var mediaPath = ((Cms.Core.Media.FileSystemMediaStorage)node.Services.GetRequiredService<Cms.Core.Media.MediaStore>().Storage).RootPath;
        await ReadyAsync(node);
        Directory.Delete(mediaPath, recursive: true);

        var (status, report) = await ReadyAsync(node);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ready", report["status"]!.GetValue<string>());
        Assert.StartsWith("unhealthy", report["media"]!["status"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_RedisKilled_StaysReadyAndReportsRedisUnreachable()
    {
        await using var redis = await RedisServer.StartNewAsync();
        using var node = new NodeWebFactory(_dataPath, new Dictionary<string, string> { ["Cms:Redis:Configuration"] = redis.Configuration });
        var (_, before) = await ReadyAsync(node);

        redis.Kill();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (node.Services.GetRequiredService<RedisConnection>().IsConnected)
        {
            await Task.Delay(20, bound.Token);
        }

        var (status, after) = await ReadyAsync(node);

        Assert.Equal("healthy", before["redis"]!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("unhealthy", after["redis"]!["status"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("healthy", after["store"]!["status"]!.GetValue<string>());
    }

    private static async Task<(HttpStatusCode Status, JsonNode Report)> ReadyAsync(NodeWebFactory node)
    {
        var response = await node.Anonymous().GetAsync(new Uri("/health/ready", UriKind.Relative));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
