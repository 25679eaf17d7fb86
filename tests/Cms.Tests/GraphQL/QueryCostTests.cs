using System.Net;
using Cms.Core.ContentModel;
using Cms.GraphQL.Limits;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace Cms.Tests.GraphQL;

/// <summary>
/// The cost model (<see cref="QueryCost"/>) on the Agency landing page's definitions with the default limits:
/// introspection and the front ends' queries are answered; fan-out is still refused.
/// </summary>
public sealed class QueryCostTests : IAsyncLifetime
{
    private const string Anonymous = "Anonymous";
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.CreateAsync(AgencyTestDefinitions.Site());
        // A public site: anonymous visitors may query and read published content.
        await _host.SaveRolesAsync(GraphQLTestHost.Role(Anonymous, "ExecuteGraphQL", "ViewContent"));
        await _host.CreateAsync(new ContentItem { ContentType = "LandingPage", DisplayText = "Home" });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Introspection_StandardQueryAnonymous_AnsweredWithDefaultLimits()
    {
        var response = await _host.PostAsync(StandardIntrospectionQuery.Text());

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Data("__schema").GetProperty("queryType").GetProperty("name").GetString());
        Assert.Contains(response.Data("__schema").GetProperty("types").EnumerateArray(), t => t.GetProperty("name").GetString() == "LandingPage");
    }

    [Fact]
    public async Task LandingPage_AgencyQueryWithoutFirst_AnsweredWithDefaultLimits()
    {
        var response = await _host.PostAsync(AgencyTestDefinitions.LandingQuery);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["Home"], response.Strings("landingPage", "displayText"));
    }

    [Theory]
    [InlineData("{ landingPage { displayText } }", 101)]
    [InlineData("{ landingPage(first: 5) { services { contentItems { displayText } } } }", 61)]
    [InlineData("{ landingPage(first: 2) { portfolio { contentItems(first: 3) { ... on Project { image { files { url } } } } } } }", 23)]
    [InlineData("{ landingPageConnection(first: 4) { totalCount nodes { displayText } } }", 7)]
    [InlineData(AgencyTestDefinitions.LandingQuery, 35_201)]
    [InlineData("{ __type(name: \"LandingPage\") { name fields { name type { name ofType { name } } } } }", 8)]
    public async Task Cost_KnownQuery_IsPinned(string query, double expected)
    {
        Assert.Equal(expected, await CostAsync(query));
    }

    [Fact]
    public async Task Cost_StandardIntrospectionQuery_CountsTheQueryNotTheSchema()
    {
        // One per selected field with fragments spread out; the library alone counted 16,474,308 on this schema.
        Assert.Equal(220, await CostAsync(StandardIntrospectionQuery.Text()));
    }

    [Theory]
    [InlineData("{ landingPage(first: 1000) { services { contentItems(first: 1000) { displayText } } } }")]
    [InlineData("{ landingPage { about { contentItems(first: 1000) { ... on Milestone { image { files(first: 1000) { url } } } } } } }")]
    [InlineData("{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }")]
    public async Task FanOut_DefaultLimits_Gets400ForComplexity(string query)
    {
        var response = await _host.PostAsync(query, GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("complex", response.FirstErrorMessage, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<double> CostAsync(string query)
    {
        var schema = (await _host.Executor.GetSchemaAsync(CancellationToken.None)).Schema;
        var document = GraphQLParser.Parser.Parse(query);
        double cost = -1;
        var unlimited = new GraphQLOptions { MaxComplexity = int.MaxValue, MaxDepth = 1000 };
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Rules = [new ComplexityValidationRule(QueryCost.Options(unlimited, measured: c => cost = c))],
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            Metrics = Metrics.None,
        });

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        return cost;
    }
}
