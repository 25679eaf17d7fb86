using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Benchmarks.Load;
using Cms.Benchmarks.Run;

namespace Cms.Benchmarks.Nodes;

/// <summary>Two server processes set up together on a fresh store, an admin signed in on A, and an anonymous reader of B.</summary>
internal sealed partial class NodePair : IAsyncDisposable
{
    private const string Password = "Bench-admin-passw0rd";
    private const string SetupRecipe = """
        { "name": "Nodes", "issetuprecipe": true, "steps": [
          { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Note", "DisplayName": "Note",
            "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] },
          { "name": "Roles", "Roles": [ { "Name": "Anonymous", "Permissions": [ "ExecuteGraphQL", "ViewContent" ] } ] } ] }
        """;

    private readonly ChildProcess _a;
    private readonly ChildProcess _b;
    private readonly Uri _urlA;
    private readonly Uri _urlB;
    private readonly HttpClient _admin;
    private readonly HttpClient _reader = new();
    private string _token = "";

    private NodePair(ChildProcess a, Uri urlA, ChildProcess b, Uri urlB)
    {
        (_a, _urlA, _b, _urlB) = (a, urlA, b, urlB);
        _admin = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false });
    }

    public static async Task<NodePair> StartAsync(BenchmarkPaths paths, string? redis, int pollMilliseconds)
    {
        var folder = Path.Combine(paths.Artifacts, "nodes", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        var recipe = Path.Combine(folder, "nodes.recipe.json");
        await File.WriteAllTextAsync(recipe, SetupRecipe);
        List<string> settings =
        [
            $"--Cms:DataPath={Path.Combine(folder, "data")}", $"--Cms:Setup:Recipe={recipe}", $"--Cms:Setup:AdminPassword={Password}",
            $"--Cms:Sync:PollMilliseconds={pollMilliseconds.ToString(CultureInfo.InvariantCulture)}",
            "--Cms:DefinitionCacheCheckInterval=01:00:00", "--Logging:LogLevel:Default=Warning",
        ];
        if (redis is not null)
        {
            settings.Add($"--Cms:Redis:Configuration={redis}");
        }

        var (portA, portB) = (ChildProcess.FreePort(), ChildProcess.FreePort());
        var a = ChildProcess.Start(paths.Server, ["--urls", $"http://127.0.0.1:{portA}", .. settings], Path.GetDirectoryName(paths.Server)!);
        var b = ChildProcess.Start(paths.Server, ["--urls", $"http://127.0.0.1:{portB}", .. settings], Path.GetDirectoryName(paths.Server)!);
        var pair = new NodePair(a, new Uri($"http://127.0.0.1:{portA}/"), b, new Uri($"http://127.0.0.1:{portB}/"));
        await Task.WhenAll(a.WaitUntilHealthyAsync($"http://127.0.0.1:{portA}/health/ready"), b.WaitUntilHealthyAsync($"http://127.0.0.1:{portB}/health/ready"));
        await pair.SignInAsync();
        await pair.GraphQLOnBAsync();
        await pair.SchemaOnBHasAsync("Note");
        return pair;
    }

    public async Task PublishOnAAsync(string title)
    {
        var item = new JsonObject { ["ContentType"] = "Note", ["DisplayText"] = title, ["TitlePart"] = new JsonObject { ["Title"] = title } };
        await WriteOnAAsync("api/content", JsonContent.Create(item));
    }

    public Task AddTypeOnAAsync(string type) => WriteOnAAsync("api/recipes/run", new StringContent($$"""
        { "name": "AddType", "steps": [ { "name": "ContentDefinition", "ContentTypes": [ { "Name": "{{type}}", "DisplayName": "{{type}}",
          "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] } ] }
        """, Encoding.UTF8, "application/json"));

    public Task<string> GraphQLOnBAsync() =>
        _reader.GetStringAsync(new Uri(_urlB, "api/graphql?query=" + Uri.EscapeDataString("{ note(first: 1, orderBy: { createdUtc: DESC }) { displayText } }")));

    /// <summary>Whether B's schema has the type, by introspection: a light request, so polling B does not slow its rebuild.</summary>
    public async Task<bool> SchemaOnBHasAsync(string type) =>
        (await _reader.GetStringAsync(new Uri(_urlB, "api/graphql?query=" + Uri.EscapeDataString($"{{ __type(name: \"{type}\") {{ name }} }}"))))
        .Contains($"\"name\":\"{type}\"", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        _reader.Dispose();
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    private async Task SignInAsync()
    {
        var login = new Uri(_urlA, "admin/login");
        var token = await TokenAsync(login);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin", ["Password"] = Password, ["__RequestVerificationToken"] = token,
        });
        using var response = await _admin.PostAsync(login, form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new BenchmarkException($"Signing in on node A failed: {(int)response.StatusCode}.");
        }

        _token = await TokenAsync(new Uri(_urlA, "admin"));
    }

    private async Task<string> TokenAsync(Uri page)
    {
        var match = TokenField().Match(await _admin.GetStringAsync(page));
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new BenchmarkException($"No antiforgery token on {page}.");
    }

    private async Task WriteOnAAsync(string path, HttpContent body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_urlA, path)) { Content = body };
        request.Headers.Add("X-CSRF-TOKEN", _token);
        using var response = await _admin.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new BenchmarkException($"POST {path} on node A: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
