using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Cms.Tests.Media;

/// <summary>What the end-to-end media tests ask the NGO site's GraphQL for.</summary>
internal static class MediaSiteQueries
{
    public static async Task<string> LetterImageUrlAsync(HttpClient client)
    {
        var data = await QueryAsync(client, """{ letter(culture: "en", where: { displayText_contains: "Haley" }) { image { files { url } } } }""");
        return Assert.Single(Assert.Single(data["letter"]!.AsArray())!["image"]!["files"]!.AsArray())!["url"]!.GetValue<string>();
    }

    public static async Task<JsonArray> MediaAssetsAsync(HttpClient client, string path) =>
        (await QueryAsync(client, $$"""{ mediaAssets(path: "{{path}}") { name path length } }"""))["mediaAssets"]!.AsArray();

    private static async Task<JsonNode> QueryAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsync(new Uri("/api/graphql", UriKind.Relative), JsonContent.Create(new JsonObject { ["query"] = query }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var json = JsonNode.Parse(body)!;
        Assert.True(json["errors"] is null, body);
        return json["data"]!;
    }
}
