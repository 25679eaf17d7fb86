using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Benchmarks.Data;
using Cms.Benchmarks.Load;

namespace Cms.Benchmarks.Shapes;

/// <summary>
/// The shapes of issue "every query shape stays fast": the front end's and the admin's GraphQL requests, with values taken
/// from the store itself (an id, 50 ids, a sent date, a recipient, a cursor in the middle of the list).
/// </summary>
internal static class ShapeRequests
{
    public static async Task<IReadOnlyList<QueryShape>> BuildAsync(string url, string cookie, DataManifest manifest, HttpClient client)
    {
        var middle = manifest.Letters / 2;
        var sample = await DataAsync(client, url, "",
            $"{{ letter(first: 50, orderBy: {{ displayText: ASC }}, skip: {middle.ToString(CultureInfo.InvariantCulture)}) {{ contentItemId sentDate recipient }} }}");
        var letters = sample["letter"]!.AsArray();
        var id = letters[0]!["contentItemId"]!.GetValue<string>();
        var ids = string.Join(", ", letters.Select(l => Quote(l!["contentItemId"]!.GetValue<string>())));
        var date = letters[0]!["sentDate"]!.GetValue<string>()[..10];
        var recipient = letters[0]!["recipient"]!.GetValue<string>();
        var month = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (from, to) = (new DateOnly(month.Year, month.Month, 1), new DateOnly(month.Year, month.Month, 1).AddMonths(1));
        var cursor = (await DataAsync(client, url, "",
            $"{{ letterConnection(first: 1, orderBy: {{ sentDate: DESC }}, where: {{ sentDate: {Quote(date)} }}) {{ pageInfo {{ endCursor }} }} }}"))
            ["letterConnection"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var deep = Math.Min(10_000, middle);

        return
        [
            Shape("id", $"{{ letter(where: {{ contentItemId: {Quote(id)} }}) {{ displayText }} }}"),
            Shape("50 ids", $"{{ letter(where: {{ contentItemId_in: [{ids}] }}) {{ displayText }} }}"),
            Shape("sentDate = D", $"{{ letter(where: {{ sentDate: {Quote(date)} }}) {{ displayText }} }}"),
            Shape("recipient, by sentDate DESC", $"{{ letter(first: 20, where: {{ recipient: {Quote(recipient)} }}, orderBy: {{ sentDate: DESC }}) {{ displayText }} }}"),
            Shape("sentDate month, by title", $"{{ letter(first: 20, where: {{ sentDate_gte: {Quote(Iso(from))}, sentDate_lt: {Quote(Iso(to))} }}, orderBy: {{ displayText: ASC }}) {{ displayText }} }}"),
            Shape("total, recipient", $"{{ letterConnection(where: {{ recipient: {Quote(recipient)} }}) {{ totalCount }} }}"),
            Shape("total, all published", "{ letterConnection { totalCount } }"),
            Shape("cursor mid-list, sentDate DESC", $"{{ letterConnection(first: 20, orderBy: {{ sentDate: DESC }}, after: {Quote(cursor)}) {{ nodes {{ displayText }} }} }}"),
            Shape("admin total, ALL", "{ letterConnection(status: ALL) { totalCount } }", cookie),
            Shape("admin DRAFT (none)", "{ letter(status: DRAFT) { displayText } }", cookie),
            Shape("admin total, LATEST by modified", "{ letterConnection(status: LATEST, orderBy: { modifiedUtc: DESC }) { totalCount } }", cookie),
            Shape($"skip {deep:N0}, by title", $"{{ letter(first: 20, orderBy: {{ displayText: ASC }}, skip: {deep.ToString(CultureInfo.InvariantCulture)}) {{ displayText }} }}", linear: true),
            Shape("title contains, no match", "{ letter(first: 20, where: { displayText_contains: \"qqzzxx\" }) { displayText } }", linear: true),
            Shape("newest 20 (Q1)", BenchmarkQueries.Q1),
            Shape("by path (Q2)", $"{{ letter(first: 1, where: {{ path: {Quote(manifest.SamplePath)} }}) {{ displayText }} }}"),
            Shape("title contains 5% (Q3)", BenchmarkQueries.Q3(manifest.SearchWord)),
            Shape("relations (Q4)", BenchmarkQueries.Q4),
            Shape("connection first page", "{ letterConnection(first: 20) { nodes { displayText } pageInfo { endCursor } } }"),
            Shape("same field filter and order", $"{{ letter(first: 20, where: {{ sentDate_lt: {Quote(date)} }}, orderBy: {{ sentDate: DESC }}) {{ displayText }} }}"),
            Shape("OR of indexed filters", $"{{ letter(first: 20, where: {{ OR: [{{ recipient: {Quote(recipient)} }}, {{ sentDate: {Quote(date)} }}] }}) {{ displayText }} }}"),
            new QueryShape("admin list page", LoadRequest.Get("/admin/contents", new Dictionary<string, string> { ["Cookie"] = cookie })),
        ];
    }

    private static QueryShape Shape(string name, string query, string? cookie = null, bool linear = false)
    {
        var request = LoadRequest.PostJson(BenchmarkQueries.GraphQLPath, BenchmarkQueries.Body(query));
        if (cookie is not null)
        {
            request = request with { Headers = new Dictionary<string, string>(request.Headers) { ["Cookie"] = cookie } };
        }

        return new QueryShape(name, request, linear);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string value) => JsonValue.Create(value).ToJsonString();

    private static async Task<JsonNode> DataAsync(HttpClient client, string url, string cookie, string query)
    {
        using var content = new StringContent(BenchmarkQueries.Body(query), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(url + BenchmarkQueries.GraphQLPath), content);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return answer?["data"] is { } data && answer["errors"] is null
            ? data
            : throw new BenchmarkException($"Shape set-up query failed ({(int)response.StatusCode}): {answer?.ToJsonString()} for {query}{cookie}");
    }
}
