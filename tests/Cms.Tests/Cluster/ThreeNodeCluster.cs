using System.Net;
using Cms.Core.Security;
using Cms.Tests.Support;

namespace Cms.Tests.Cluster;

/// <summary>
/// Three real server processes started together on one empty store (a SQLite file in WAL mode) and one real Redis,
/// each setting the site up from a small recipe on first start. Definitions are trusted for an hour, so only change
/// notices (or polling, while Redis is down) tell a node about another's commits.
/// </summary>
public sealed class ThreeNodeCluster : IAsyncLifetime
{
    public const string AdminPassword = "Cluster-admin-passw0rd";
    public const string ReaderName = "reader";
    public const string ReaderPassword = "Cluster-reader-passw0rd";
    public const int PollMilliseconds = 300;
    public const int TrashPurgeEverySeconds = 2;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cms-cluster-tests", Guid.NewGuid().ToString("n"));

    public RedisServer Redis { get; private set; } = null!;

    public IReadOnlyList<ServerNode> Nodes { get; private set; } = [];

    public ServerNode A => Nodes[0];
    public ServerNode B => Nodes[1];
    public ServerNode C => Nodes[2];

    public string ReaderId { get; } = "4reader0000000000000000000r";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Redis = await RedisServer.StartNewAsync();
        var recipe = TestRecipes.WriteTo(_folder, SetupRecipe(), "cluster.recipe.json");
        string[] settings =
        [
            $"--Cms:DataPath={Path.Combine(_folder, "data")}",
            $"--Cms:Setup:Recipe={recipe}",
            $"--Cms:Setup:AdminPassword={AdminPassword}",
            $"--Cms:Redis:Configuration={Redis.Configuration}",
            $"--Cms:Sync:PollMilliseconds={PollMilliseconds}",
            "--Cms:DefinitionCacheCheckInterval=01:00:00",
            $"--Cms:Trash:PurgeEverySeconds={TrashPurgeEverySeconds}",
            "--Logging:Console:FormatterOptions:TimestampFormat=HH:mm:ss.fff",
            "--Logging:Console:FormatterOptions:UseUtcTimestamp=true",
        ];
        Nodes = [ServerNode.Start(settings), ServerNode.Start(settings), ServerNode.Start(settings)];
        using var client = new HttpClient();
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await Task.WhenAll(Nodes.Select(node => node.WaitReadyAsync(client, bound.Token)));
        foreach (var node in Nodes)
        {
            // Warm: the first schema build of a process is mostly JIT, which the tests' one-second bounds are not about.
            await client.GetStringAsync(new Uri(node.BaseAddress, "api/graphql/schema.graphql"), bound.Token);
            await client.GetStringAsync(new Uri(node.BaseAddress, "api/graphql?query=" + Uri.EscapeDataString("{ note { displayText } }")), bound.Token);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            node.Dispose();
        }

        await Redis.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    /// <summary>A client with its own cookie jar: cookies of 127.0.0.1 go to every node, whatever its port, as behind one balancer.</summary>
    public static HttpClient NewBrowser() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true });

    private string SetupRecipe()
    {
        var reader = new UserRecord { UserId = ReaderId, UserName = ReaderName, Email = "reader@example.org", RoleNames = ["Reader"] };
        new UserPasswords().SetPassword(reader, ReaderPassword);
        return $$"""
            { "name": "Cluster", "issetuprecipe": true, "steps": [
              { "name": "ContentDefinition",
                "ContentTypes": [ { "Name": "Note", "DisplayName": "Note",
                  "Settings": { "ContentTypeSettings": { "Listable": true, "Creatable": true, "Draftable": true, "Versionable": true } },
                  "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] },
              { "name": "Roles", "Roles": [
                { "Name": "Anonymous", "Permissions": [ "ExecuteGraphQL", "ViewContent" ] },
                { "Name": "Reader", "Permissions": [ "AccessAdminPanel", "ListContent", "ExecuteGraphQL", "ViewContent" ] } ] },
              { "name": "Users", "Users": [ { "UserId": "{{ReaderId}}", "UserName": "{{ReaderName}}", "Email": "reader@example.org",
                "PasswordHash": "{{reader.PasswordHash}}", "SecurityStamp": "{{reader.SecurityStamp}}", "RoleNames": [ "Reader" ] } ] }
            ] }
            """;
    }
}
