using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Cms.Benchmarks.Data;

namespace Cms.Benchmarks.Load;

/// <summary>
/// Sends each benchmark request once and checks its answer before it is loaded (right items, no GraphQL
/// errors), so a fast wrong answer cannot count. Returns the checked request for wrk; the load suite also compares
/// the answer after each run with the one before it, so an answer that goes wrong under load is caught too.
/// </summary>
internal sealed class AnswerChecks : IDisposable
{
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly DataManifest _manifest;

    public AnswerChecks(DataManifest manifest)
    {
        _manifest = manifest;
    }

    public void Dispose() => _client.Dispose();

    public async Task<(LoadRequest Request, JsonArray Letters)> Q1Async(string url, bool baseline, JsonArray? expected)
    {
        var request = LoadRequest.PostJson(baseline ? "/q1" : BenchmarkQueries.GraphQLPath,
            BenchmarkQueries.Body(BenchmarkQueries.Q1));
        var letters = await LettersAsync(url, request, "Q1");
        Require(letters.Count == Math.Min(20, _manifest.Letters), "Q1", $"{letters.Count} letters instead of 20");
        Require(letters.Count == 0 || Text(letters[0], "sentDate") == _manifest.MaxSentDate, "Q1", "the first letter is not the newest");
        for (var i = 1; i < letters.Count; i++)
        {
            Require(string.CompareOrdinal(Text(letters[i - 1], "sentDate"), Text(letters[i], "sentDate")) >= 0, "Q1", "not ordered by sentDate DESC");
        }

        Require(expected is null || JsonNode.DeepEquals(letters, expected), "Q1", "the letters differ from the baseline's");
        return (request, letters);
    }

    public async Task<(LoadRequest Request, JsonArray Letters)> Q2Async(string url, bool baseline, JsonArray? expected)
    {
        var body = BenchmarkQueries.Body(BenchmarkQueries.Q2, new JsonObject { ["path"] = _manifest.SamplePath });
        var request = LoadRequest.PostJson(baseline ? "/q2" : BenchmarkQueries.GraphQLPath, body);
        var letters = await LettersAsync(url, request, "Q2");
        Require(letters.Count == 1 && Text(letters[0], "displayText") == _manifest.SampleTitle, "Q2", "not the letter at that path");
        Require(letters[0]!["htmlBody"]?["html"]?.GetValue<string>().Length > 2500, "Q2", "the HTML body is missing or short");
        Require(expected is null || JsonNode.DeepEquals(letters, expected), "Q2", "the letter differs from the baseline's");
        return (request, letters);
    }

    public async Task<LoadRequest> Q3Async(string url)
    {
        var request = LoadRequest.PostJson(BenchmarkQueries.GraphQLPath, BenchmarkQueries.Body(BenchmarkQueries.Q3(_manifest.SearchWord)));
        var letters = await LettersAsync(url, request, "Q3");
        Require(letters.Count == Math.Min(20, _manifest.SearchMatches), "Q3", $"{letters.Count} letters instead of 20");
        Require(letters.All(l => Text(l, "displayText").Contains(_manifest.SearchWord, StringComparison.OrdinalIgnoreCase)), "Q3",
            "a letter does not contain the word");
        return request;
    }

    public async Task<LoadRequest> Q4Async(string url, JsonArray newest)
    {
        var request = LoadRequest.PostJson(BenchmarkQueries.GraphQLPath, BenchmarkQueries.Body(BenchmarkQueries.Q4));
        var letters = await LettersAsync(url, request, "Q4");
        Require(letters.Select(l => Text(l, "displayText")).SequenceEqual(newest.Select(l => Text(l, "displayText"))), "Q4", "not Q1's letters");
        foreach (var letter in letters)
        {
            var analyses = letter!["relatedAnalysis"]?["contentItems"]?.AsArray() ?? [];
            var terms = letter["topics"]?["termContentItems"]?.AsArray() ?? [];
            Require(analyses.Count > 0 && analyses.All(a => Text(a, "displayText").StartsWith("Analysis", StringComparison.Ordinal)), "Q4",
                "related analyses are missing");
            Require(terms.Count > 0 && terms.All(t => Text(t, "displayText").Length > 0), "Q4", "topic terms are missing");
        }

        return request;
    }

    /// <summary>Q5: registers Q1 as a persisted query, checks the GET answer and its ETag, then that If-None-Match gives 304.</summary>
    public async Task<LoadRequest> Q5Async(string url, JsonArray newest)
    {
        var register = LoadRequest.PostJson(BenchmarkQueries.GraphQLPath,
            BenchmarkQueries.Body(BenchmarkQueries.Q1, extensions: BenchmarkQueries.PersistedExtensions(BenchmarkQueries.Q1)));
        await LettersAsync(url, register, "Q5 (registration)");
        var path = BenchmarkQueries.PersistedGetPath(BenchmarkQueries.Q1);
        using var first = await _client.GetAsync(new Uri(url + path));
        var letters = Letters(await first.Content.ReadAsStringAsync(), "Q5");
        Require(JsonNode.DeepEquals(letters, newest), "Q5", "the persisted GET differs from Q1");
        var etag = first.Headers.ETag?.Tag ?? throw new BenchmarkException("Q5: the GET answer has no ETag.");
        var cached = LoadRequest.Get(path, new Dictionary<string, string> { ["If-None-Match"] = etag });
        using var second = await SendAsync(url, cached);
        Require(second.StatusCode == HttpStatusCode.NotModified, "Q5", $"If-None-Match gave {(int)second.StatusCode}, not 304");
        return cached;
    }

    public async Task<LoadRequest> AdminListAsync(string url, string cookieHeader)
    {
        var request = LoadRequest.Get("/admin/contents", new Dictionary<string, string> { ["Cookie"] = cookieHeader });
        using var response = await SendAsync(url, request);
        var html = await response.Content.ReadAsStringAsync();
        Require(response.StatusCode == HttpStatusCode.OK, "admin list", $"status {(int)response.StatusCode}");
        var rows = html.Split("name=\"itemIds\"").Length - 1;
        Require(rows == 20, "admin list", $"{rows} rows instead of 20");
        return request;
    }

    /// <summary>The status and body of one answer, to compare the answers before and after a load run.</summary>
    public async Task<(int Status, string Body)> AnswerAsync(string url, LoadRequest request)
    {
        using var response = await SendAsync(url, request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonArray> LettersAsync(string url, LoadRequest request, string name)
    {
        using var response = await SendAsync(url, request);
        var text = await response.Content.ReadAsStringAsync();
        Require(response.StatusCode == HttpStatusCode.OK, name, $"status {(int)response.StatusCode}: {text}");
        return Letters(text, name);
    }

    private static JsonArray Letters(string json, string name)
    {
        var root = JsonNode.Parse(json);
        Require(root?["errors"] is null, name, $"GraphQL errors: {root?["errors"]?.ToJsonString()}");
        return root?["data"]?["letter"]?.AsArray() ?? throw new BenchmarkException($"{name}: no data.letter in {json}");
    }

    private async Task<HttpResponseMessage> SendAsync(string url, LoadRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(url + request.PathAndQuery));
        foreach (var (name, value) in request.Headers.Where(h => h.Key != "Content-Type"))
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8, "application/json");
        }

        return await _client.SendAsync(message);
    }

    private static string Text(JsonNode? node, string property) => node?[property]?.GetValue<string>() ?? "";

    private static void Require(bool condition, string name, string problem)
    {
        if (!condition)
        {
            throw new BenchmarkException($"{name} answered wrongly: {problem}.");
        }
    }
}
