using System.Net;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Recipes;

namespace Cms.Tests.GraphQL;

/// <summary>A media file's <c>url</c> with resize arguments and its <c>srcset</c>, checked by the rules /media applies.</summary>
public sealed class MediaFileUrlTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.CreateAsync(GraphQLTestDefinitions.Site());
        var item = new ContentItem { ContentType = "Kinds", DisplayText = "A" };
        item.GetOrCreatePart("Kinds")["Image"] = new JsonObject { ["Paths"] = new JsonArray("photos/a b.jpg"), ["MediaTexts"] = new JsonArray("A") };
        await _host.CreateAsync(item);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Url_WithoutArguments_IsThePlainUrl()
    {
        var file = await FileAsync("url");

        Assert.Equal("/media/photos/a b.jpg", file.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Url_WithResizeArguments_IsTheResizeQueryString()
    {
        var file = await FileAsync("url(width: 480, height: 240, mode: \"crop\", format: \"webp\", quality: 70)");

        Assert.Equal("/media/photos/a b.jpg?width=480&height=240&rmode=crop&format=webp&quality=70", file.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Srcset_GivenWidths_ListsEachWidthsUrl()
    {
        var file = await FileAsync("srcset(widths: [480, 1024], format: \"webp\")");

        Assert.Equal("/media/photos/a b.jpg?width=480&format=webp 480w, /media/photos/a b.jpg?width=1024&format=webp 1024w",
            file.GetProperty("srcset").GetString());
    }

    [Fact]
    public async Task Srcset_WithoutWidths_OffersTheSupportedSizesFrom240()
    {
        var srcset = (await FileAsync("srcset")).GetProperty("srcset").GetString()!;

        Assert.Equal(["240w", "480w", "600w", "1024w", "2048w"], srcset.Split(", ").Select(entry => entry.Split(' ')[^1]));
    }

    [Theory]
    [InlineData("url(width: 300)", "'width' of 'url'", "not one of the supported sizes")]
    [InlineData("url(width: 100000)", "'width' of 'url'", "above the largest allowed")]
    [InlineData("url(width: 240, mode: \"squash\")", "'mode' of 'url'", "'squash' is not a valid rmode")]
    [InlineData("srcset(widths: [480, 500])", "'width' of 'srcset'", "The width 500")]
    [InlineData("url(profile: \"none\")", "'profile' of 'url'", "no media profile named 'none'")]
    public async Task Url_RefusedArgument_IsAnErrorNamingIt(string selection, string argument, string message)
    {
        var response = await _host.PostAsync($"{{ kinds {{ image {{ files {{ {selection} }} }} }} }}", GraphQLTestHost.Editor);

        Assert.Contains(argument, response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Contains(message, response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Url_Profile_UsesTheStoredProfile()
    {
        await _host.RunRecipeAsync(RecipeReader.Read("""
            { "name": "p", "steps": [ { "name": "MediaProfiles", "MediaProfiles": { "card": { "Width": 300, "Height": 200, "Mode": 2 } } } ] }
            """));

        var file = await FileAsync("url(profile: \"card\")");

        Assert.Equal("/media/photos/a b.jpg?profile=card", file.GetProperty("url").GetString());
    }

    private async Task<System.Text.Json.JsonElement> FileAsync(string selection)
    {
        var response = await _host.PostAsync($"{{ kinds {{ image {{ files {{ {selection} }} }} }} }}", GraphQLTestHost.Editor);
        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        Assert.False(response.Json.TryGetProperty("errors", out _), response.Body);
        return response.Data("kinds")[0].GetProperty("image").GetProperty("files")[0];
    }
}
