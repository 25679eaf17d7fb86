using System.Net;
using Cms.Core.ContentModel;

namespace Cms.Tests.GraphQL;

/// <summary>A request seen before skips the per-request rules' walk; what those rules decide must not change.</summary>
public sealed class GraphQLRepeatedRequestTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.CreateAsync(GraphQLTestDefinitions.Site());
        foreach (var title in new[] { "Blog A", "Blog B", "Blog C" })
        {
            await _host.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = title });
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RepeatedRequest_LiteralArguments_StillApplied()
    {
        const string Query = "query { blog(first: 2, orderBy: { displayText: DESC }) { displayText } }";

        var answers = new List<IReadOnlyList<string>>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add((await _host.PostAsync(Query, GraphQLTestHost.Editor)).Strings("blog", "displayText"));
        }

        Assert.All(answers, answer => Assert.Equal(["Blog C", "Blog B"], answer));
    }

    [Fact]
    public async Task RepeatedRequest_Variables_AppliedEachTime()
    {
        const string Query = "query Page($n: Int) { blog(first: $n, orderBy: { displayText: ASC }) { displayText } }";

        var one = await _host.PostAsync(Query, GraphQLTestHost.Editor, new { n = 1 });
        var oneAgain = await _host.PostAsync(Query, GraphQLTestHost.Editor, new { n = 1 });
        var two = await _host.PostAsync(Query, GraphQLTestHost.Editor, new { n = 2 });
        var tooMany = await _host.PostAsync(Query, GraphQLTestHost.Editor, new { n = 5000 });

        Assert.Equal(["Blog A"], one.Strings("blog", "displayText"));
        Assert.Equal(["Blog A"], oneAgain.Strings("blog", "displayText"));
        Assert.Equal(["Blog A", "Blog B"], two.Strings("blog", "displayText"));
        Assert.Equal("'5000' exceeds the maximum number of results for 'first' (1000)", tooMany.FirstErrorMessage);
    }

    [Fact]
    public async Task RepeatedRequest_FieldSelectedTwiceWithArguments_MergedEveryTime()
    {
        const string Query = "query Two($n: Int) { blog(first: $n, orderBy: { displayText: ASC }) { displayText } " +
            "blog(first: $n, orderBy: { displayText: ASC }) { contentItemId } }";

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => _host.PostAsync(Query, GraphQLTestHost.Editor, new { n = 2 })));

        Assert.All(answers, answer =>
        {
            Assert.Equal(["Blog A", "Blog B"], answer.Strings("blog", "displayText"));
            Assert.Equal(2, answer.Data("blog").EnumerateArray().Count(b => b.GetProperty("contentItemId").GetString()!.Length == 26));
        });
    }

    [Fact]
    public async Task RepeatedRequest_ConcurrentFirstRequests_EveryAnswerFiltered()
    {
        const string Query = "query One($t: String) { blog(where: { displayText: $t }) { displayText } }";

        for (var round = 0; round < 3; round++)
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => _host.PostAsync(Query, GraphQLTestHost.Editor, new { t = "Blog B" })));

            Assert.All(answers, answer => Assert.Equal(["Blog B"], answer.Strings("blog", "displayText")));
        }
    }

    [Fact]
    public async Task RepeatedRequest_ByACallerWithoutPermission_Gets401()
    {
        const string Query = "query { blog { displayText } }";
        await _host.PostAsync(Query, GraphQLTestHost.Editor);
        var repeated = await _host.PostAsync(Query, GraphQLTestHost.Editor);

        var denied = await _host.PostAsync(Query, GraphQLTestHost.Reader);

        Assert.Equal(HttpStatusCode.OK, repeated.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, denied.Status);
    }

    [Fact]
    public async Task RepeatedRequest_AfterThePermissionIsRevoked_Gets401()
    {
        const string Query = "query { blog { displayText } }";
        await _host.PostAsync(Query, GraphQLTestHost.Editor);
        var allowed = await _host.PostAsync(Query, GraphQLTestHost.Editor);

        await _host.SaveRolesAsync(GraphQLTestHost.Role("Editor"));
        var revoked = await _host.PostAsync(Query, GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.Status);
    }

    [Fact]
    public async Task RepeatedRequest_OverALiteralLimit_FailsEveryTime()
    {
        const string Query = "query { blog(first: 5000) { displayText } }";

        var first = await _host.PostAsync(Query, GraphQLTestHost.Editor);
        var second = await _host.PostAsync(Query, GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal(first.FirstErrorMessage, second.FirstErrorMessage);
    }
}
