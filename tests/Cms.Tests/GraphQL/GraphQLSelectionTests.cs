using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;

namespace Cms.Tests.GraphQL;

/// <summary>Selections are worked out once per request and object type: each object must still get its own type's fields.</summary>
public sealed class GraphQLSelectionTests : IAsyncLifetime
{
    private const string Query = """
        query Mixed($withSubtitle: Boolean!) { blogPost(orderBy: { displayText: ASC }) {
          displayText
          related { contentItems {
            displayText
            ... on Blog { contentItemId }
            ... on BlogPost { subtitle @include(if: $withSubtitle) path }
          } }
        } }
        """;

    private GraphQLTestHost _host = null!;
    private string _blogId = "";

    public async Task InitializeAsync()
    {
        // The test site's Related picker, allowed to hold several items of any type.
        var definitions = JsonNode.Parse(GraphQLTestDefinitions.Site().ToJson())!;
        var related = definitions["ContentPartDefinitionRecords"]!.AsArray().First(p => (string?)p!["Name"] == "BlogPost")!
            ["ContentPartFieldDefinitionRecords"]!.AsArray().First(f => (string?)f!["Name"] == "Related")!;
        related["Settings"] = new JsonObject { ["ContentPickerFieldSettings"] = new JsonObject { ["Multiple"] = true } };
        _host = await GraphQLTestHost.CreateAsync(Cms.Core.Definitions.ContentDefinitionDocument.FromJson(definitions.ToJsonString()));
        _blogId = (await _host.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = "The blog" })).ContentItemId;
        var first = await PostAsync("A post", "first", []);
        await PostAsync("B post", "second", [_blogId, first.ContentItemId, _blogId]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task MixedTypesInOneList_EachObjectGetsItsTypesFields(bool withSubtitle)
    {
        var response = await _host.PostAsync(Query, GraphQLTestHost.Editor, new { withSubtitle });

        var related = response.Data("blogPost")[1].GetProperty("related").GetProperty("contentItems").EnumerateArray().ToList();
        Assert.Equal(3, related.Count);
        foreach (var blog in new[] { related[0], related[2] })
        {
            Assert.Equal(_blogId, blog.GetProperty("contentItemId").GetString());
            Assert.False(blog.TryGetProperty("path", out _));
        }

        Assert.Equal("first", related[1].GetProperty("path").GetString());
        Assert.False(related[1].TryGetProperty("contentItemId", out _));
        Assert.Equal(withSubtitle, related[1].TryGetProperty("subtitle", out var subtitle));
        Assert.True(!withSubtitle || subtitle.GetString() == "Subtitle of A post");
        Assert.Equal(JsonValueKind.Array, response.Data("blogPost")[0].GetProperty("related").GetProperty("contentItems").ValueKind);
    }

    private async Task<ContentItem> PostAsync(string title, string path, string[] related)
    {
        var post = new ContentItem { ContentType = "BlogPost", DisplayText = title };
        post.GetOrCreatePart("AutoroutePart")["Path"] = path;
        var part = post.GetOrCreatePart("BlogPost");
        part["Subtitle"] = new JsonObject { ["Text"] = $"Subtitle of {title}" };
        part["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray([.. related.Select(id => JsonValue.Create(id))]) };
        return await _host.CreateAsync(post);
    }
}
