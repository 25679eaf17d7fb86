using System.Runtime.CompilerServices;
using Cms.Core.Definitions;
using Cms.GraphQL.Limits;
using Cms.GraphQL.Schema;
using GraphQL;

namespace Cms.Tests.GraphQL;

public sealed class GraphQLSchemaTests
{
    private const string RewriteVariable = "CMS_REWRITE_SNAPSHOTS";

    [Fact]
    public void Schema_FixedDefinitions_MatchesSnapshot()
    {
        var sdl = Build(GraphQLTestDefinitions.Site()).Schema.Print().ReplaceLineEndings("\n");
        var path = Path.Combine(SourceFolder(), "Snapshots", "site.graphql");
        if (Environment.GetEnvironmentVariable(RewriteVariable) == "1" || !File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, sdl);
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == sdl, $"The SDL differs from {path} (set {RewriteVariable}=1 to rewrite it):\n{Diff(expected, sdl)}");
    }

    [Fact]
    public void Schema_HiddenType_HasNoFieldAndNoType()
    {
        var schema = Build(GraphQLTestDefinitions.Site()).Schema;

        Assert.Null(schema.AllTypes["Secret"]);
        Assert.Null(schema.Query.GetField("secret"));
    }

    [Fact]
    public void Schema_StereotypedType_IsATypeWithoutRootField()
    {
        var schema = Build(GraphQLTestDefinitions.Site()).Schema;

        Assert.NotNull(schema.AllTypes["Signatory"]);
        Assert.Null(schema.Query.GetField("signatory"));
    }

    [Fact]
    public void Schema_CollapsedParts_PutFieldsOnTheItem()
    {
        var product = (global::GraphQL.Types.IObjectGraphType)Build(GraphQLTestDefinitions.Site()).Schema.AllTypes["Product"]!;

        Assert.NotNull(product.GetField("sku"));
        Assert.NotNull(product.GetField("metadataCode"));
        Assert.NotNull(product.GetField("metadataAvailabilityDate"));
        Assert.NotNull(product.GetField("price"));
        Assert.Null(product.GetField("internal"));
        Assert.Null(product.GetField("note"));
    }

    [Fact]
    public void Schema_TypeThatFailsToBuild_IsLeftOutAndTheRestServed()
    {
        var definitions = GraphQLTestDefinitions.Site();
        definitions.Types.Add(new ContentTypeDefinition { Name = "Bad-Name" });

        var built = Build(definitions);

        Assert.True(built.Excluded.Count == 1, string.Join("\n", built.Excluded.Select(e => e.Key + ": " + e.Value)));
        Assert.Contains("Bad-Name", built.Excluded.Keys);
        Assert.NotNull(built.Schema.Query.GetField("blogPost"));
    }

    private static BuiltSchema Build(ContentDefinitionDocument definitions) =>
        new ContentSchemaBuilder(new GraphQLOptions()).Build(new ContentDefinitionSnapshot(definitions, 1));

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lines = new List<string>();
        for (var i = 0; i < Math.Max(a.Length, b.Length) && lines.Count < 40; i++)
        {
            var left = i < a.Length ? a[i] : "<none>";
            var right = i < b.Length ? b[i] : "<none>";
            if (left != right)
            {
                lines.Add($"line {i + 1}: - {left}");
                lines.Add($"line {i + 1}: + {right}");
            }
        }

        return string.Join('\n', lines);
    }
}
