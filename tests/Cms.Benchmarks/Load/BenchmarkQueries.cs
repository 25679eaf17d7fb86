using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Cms.Benchmarks.Load;

/// <summary>The GraphQL requests Q1-Q5 of the benchmark, in the shape Orchard Core's front ends send.</summary>
internal static class BenchmarkQueries
{
    public const string GraphQLPath = "/api/graphql";

    public const string Q1 = "query Newest { letter(first: 20, orderBy: { sentDate: DESC }) { displayText path sentDate recipient } }";

    public const string Q2 = "query ByPath($path: String) { letter(first: 1, where: { path: $path }) { displayText path htmlBody { html } } }";

    public const string Q4 =
        "query WithRelations { letter(first: 20, orderBy: { sentDate: DESC }) { displayText " +
        "relatedAnalysis { contentItems { displayText } } topics { termContentItems { displayText } } } }";

    public static string Q3(string word) =>
        $"query Search {{ letter(first: 20, where: {{ displayText_contains: \"{word}\" }}) {{ displayText path sentDate }} }}";

    public static string Body(string query, JsonObject? variables = null, JsonObject? extensions = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = variables;
        }

        if (extensions is not null)
        {
            body["extensions"] = extensions;
        }

        return body.ToJsonString();
    }

    public static JsonObject PersistedExtensions(string query) => new()
    {
        ["persistedQuery"] = new JsonObject
        {
            ["version"] = 1,
            ["sha256Hash"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query))),
        },
    };

    /// <summary>Q5: Q1 by its hash only, as a GET a CDN can cache.</summary>
    public static string PersistedGetPath(string query) =>
        $"{GraphQLPath}?extensions={Uri.EscapeDataString(PersistedExtensions(query).ToJsonString())}";
}
