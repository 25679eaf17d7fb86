using System.Net;

namespace Cms.Tests.GraphQL;

/// <summary><c>mediaAssets</c>: ViewMediaContent is required, and the path argument cannot leave the media folder.</summary>
public sealed class MediaAssetsQueryTests : IAsyncLifetime
{
    private const string Viewer = "4viewer00000000000000000001|viewer|MediaViewer";
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.CreateAsync(GraphQLTestDefinitions.Site());
        // Anonymous may run GraphQL but not view media; MediaViewer may do both.
        await _host.SaveRolesAsync(
            GraphQLTestHost.Role("Anonymous", "ExecuteGraphQL", "ViewContent"),
            GraphQLTestHost.Role("MediaViewer", "ExecuteGraphQL", "ViewMediaContent"));
        Write("media/photo.png");
        Write("media/reports/annual.pdf");
        Write("media-old/secret.png");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task MediaAssets_AnonymousWithoutViewMediaContent_IsUnauthorized()
    {
        var response = await _host.PostAsync("{ mediaAssets { name } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("mediaAssets", response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Contains("ViewMediaContent", response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("photo.png", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MediaAssets_WithViewMediaContent_ListsTheFiles()
    {
        var response = await _host.PostAsync("{ mediaAssets(includeSubDirectories: true) { name path } }", Viewer);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["/media/photo.png", "/media/reports", "/media/reports/annual.pdf"], response.Strings("mediaAssets", "path"));
    }

    [Theory]
    [InlineData("../media-old")]
    [InlineData("reports/../../media-old")]
    public async Task MediaAssets_PathToASiblingFolder_IsAnErrorNamingThePathArgument(string path)
    {
        var response = await _host.PostAsync("query ($path: String) { mediaAssets(path: $path) { name } }", Viewer, new { path });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("The argument 'path' of 'mediaAssets'", response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("secret.png", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MediaAssets_MissingFolderInside_ListsNothing()
    {
        var response = await _host.PostAsync("{ mediaAssets(path: \"nowhere\") { name } }", Viewer);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Data("mediaAssets").EnumerateArray());
    }

    private void Write(string path)
    {
        var full = Path.Combine([_host.DataPath, .. path.Split('/')]);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, [1, 2, 3]);
    }
}
