using Cms.GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;

namespace Cms.Tests.GraphQL;

public sealed class ValidatedRequestCacheTests
{
    private const string Query = "query ($p: String) { letter(where: { path: $p }) { displayText } }";
    private static readonly ISchema Schema = new Schema { Query = new ObjectGraphType { Name = "Query" } };

    [Fact]
    public void Find_SameDocumentAndKey_ReturnsTheResult()
    {
        var cache = new ValidatedRequestCache(10);
        var document = Parser.Parse(Query);
        cache.Add(Schema, document, "key", new ValidationResult());

        Assert.NotNull(cache.Find(Schema, document, "key"));
    }

    [Fact]
    public void Find_SameTextParsedAgain_ReturnsNothing()
    {
        // Argument values are keyed by the nodes of the document they were parsed with.
        var cache = new ValidatedRequestCache(10);
        cache.Add(Schema, Parser.Parse(Query), "key", new ValidationResult());

        Assert.Null(cache.Find(Schema, Parser.Parse(Query), "key"));
    }

    [Fact]
    public void Add_InvalidResult_IsNotKept()
    {
        var cache = new ValidatedRequestCache(10);
        var document = Parser.Parse(Query);
        cache.Add(Schema, document, "key", new ValidationResult([new ValidationError("bad")]));

        Assert.Null(cache.Find(Schema, document, "key"));
    }
}
