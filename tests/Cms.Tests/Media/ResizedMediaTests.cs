using System.Net;
using System.Text;
using Cms.Core.Recipes;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Media;

/// <summary>/media with Orchard's resize query string and media profiles, on the real host and a real disk cache.</summary>
public sealed class ResizedMediaTests : IClassFixture<ResizedMediaTests.Site>
{
    private readonly Site _site;

    public ResizedMediaTests(Site site)
    {
        _site = site;
        site.EnsurePhoto("photo.jpg", 800, 600);
    }

    public sealed class Site : CmsWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cms:Media:MaxResizeWidth", "2048");
        }

        public void EnsurePhoto(string name, int width, int height)
        {
            var path = Path.Combine(DataPath, "media", name);
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, TestImages.Jpeg(width, height));
            }
        }
    }

    [Theory]
    [InlineData("width=240", 240, 180)]
    [InlineData("width=240&height=240&rmode=max", 240, 180)]
    [InlineData("width=240&height=240&rmode=crop", 240, 240)]
    [InlineData("width=240&height=240&rmode=crop&rxy=0,0", 240, 240)]
    [InlineData("width=240&height=240&rmode=pad", 240, 240)]
    [InlineData("width=1024&height=1024&rmode=boxpad", 1024, 1024)]
    [InlineData("width=240&height=240&rmode=min", 320, 240)]
    [InlineData("width=100&height=240&rmode=stretch", 100, 240)]
    [InlineData("width=2048", 800, 600)]
    public async Task Resize_EachMode_GivesTheModesDimensions(string query, int width, int height)
    {
        using var client = _site.Anonymous();
        var response = await client.GetAsync($"/media/photo.jpg?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((width, height), TestImages.Dimensions(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Resize_FormatWebP_AnswersAWebPFile()
    {
        using var client = _site.Anonymous();
        var response = await client.GetAsync("/media/photo.jpg?width=480&format=webp");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("RIFF", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal("WEBP", Encoding.ASCII.GetString(bytes, 8, 4));
        Assert.Equal((480, 360), TestImages.Dimensions(bytes));
    }

    [Theory]
    [InlineData("jpg")]
    [InlineData("webp")]
    public async Task Resize_LowerQuality_GivesASmallerFile(string format)
    {
        using var client = _site.Anonymous();
        var high = await client.GetByteArrayAsync($"/media/photo.jpg?width=480&format={format}&quality=90");
        var low = await client.GetByteArrayAsync($"/media/photo.jpg?width=480&format={format}&quality=20");

        Assert.True(low.Length < high.Length * 0.8, $"quality 20: {low.Length} bytes, quality 90: {high.Length} bytes");
    }

    [Fact]
    public async Task Resize_SecondRequest_IsServedFromTheCachedFileWithTheSameBytesAndETag()
    {
        _site.EnsurePhoto("cached.jpg", 640, 480);
        using var client = _site.Anonymous();
        var first = await client.GetAsync("/media/cached.jpg?width=160");
        var cached = Directory.GetFiles(Path.Combine(_site.DataPath, "media-cache"), "*.jpg", SearchOption.AllDirectories);
        var second = await client.GetAsync("/media/cached.jpg?width=160");

        Assert.Equal("miss", first.Headers.GetValues("X-Resize-Cache").Single());
        Assert.Equal("hit", second.Headers.GetValues("X-Resize-Cache").Single());
        Assert.Contains(cached, file => File.ReadAllBytes(file).SequenceEqual(first.Content.ReadAsByteArrayAsync().Result));
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.NotNull(first.Headers.ETag);
    }

    [Fact]
    public async Task Resize_IfNoneMatchTheETag_Answers304()
    {
        using var client = _site.Anonymous();
        var first = await client.GetAsync("/media/photo.jpg?width=100");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/media/photo.jpg?width=100");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Resize_SourceReplaced_IsResizedAgain()
    {
        _site.EnsurePhoto("replaced.jpg", 640, 480);
        using var client = _site.Anonymous();
        var before = await client.GetAsync("/media/replaced.jpg?width=240");
        File.WriteAllBytes(Path.Combine(_site.DataPath, "media", "replaced.jpg"), TestImages.Jpeg(480, 480, seed: 2));

        var after = await client.GetAsync("/media/replaced.jpg?width=240");

        Assert.Equal("miss", after.Headers.GetValues("X-Resize-Cache").Single());
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal((240, 240), TestImages.Dimensions(await after.Content.ReadAsByteArrayAsync()));
    }

    [Theory]
    [InlineData("width=4096", "width", "above the largest allowed, 2048")]
    [InlineData("height=300", "height", "not one of the supported sizes")]
    [InlineData("width=240&rmode=squash", "rmode", "'squash' is not a valid rmode")]
    [InlineData("width=240&quality=0", "quality", "from 1 to 100")]
    [InlineData("width=240&format=tga", "format", "not served")]
    [InlineData("width=240&rxy=2,0", "rxy", "between 0 and 1")]
    [InlineData("width=240&rmode=pad&bgcolor=nocolour", "bgcolor", "not a colour")]
    [InlineData("profile=nosuch", "profile", "no media profile named 'nosuch'")]
    public async Task Resize_RefusedParameter_Is400NamingIt(string query, string parameter, string message)
    {
        using var client = _site.Anonymous();
        var response = await client.GetAsync($"/media/photo.jpg?{query}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{parameter}\":[", body, StringComparison.Ordinal);
        Assert.Contains(message, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resize_MissingFile_Is404()
    {
        using var client = _site.Anonymous();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/none.jpg?width=100")).StatusCode);
    }

    [Fact]
    public async Task Media_WithoutResizeParameters_IsServedAsStored()
    {
        using var client = _site.Anonymous();
        var bytes = await client.GetByteArrayAsync("/media/photo.jpg?v=3");

        Assert.Equal(File.ReadAllBytes(Path.Combine(_site.DataPath, "media", "photo.jpg")), bytes);
    }

    [Fact]
    public async Task MediaProfilesStep_OrchardShape_CreatesProfilesThatProfileQueryUses()
    {
        // The MediaProfiles step as Orchard's Agency and Blog recipes write it: Mode and Format as numbers (2 = crop).
        const string recipe = """
            { "name": "profiles", "steps": [ { "name": "MediaProfiles", "MediaProfiles": {
              "banner": { "Hint": "A banner image", "Width": 2048, "Height": 600, "Mode": 2, "Format": 0, "Quality": 100 },
              "card": { "Hint": "Card", "Width": 300, "Height": 200, "Mode": "Crop", "Format": "webp", "Quality": 70 } } } ] }
            """;
        await _site.Services.GetRequiredService<RecipeRunner>().RunAsync(RecipeReader.Read(recipe), new RecipeRunRequest(), CancellationToken.None);
        using var client = _site.Anonymous();

        var card = await client.GetAsync("/media/photo.jpg?profile=card");
        var banner = await client.GetAsync("/media/photo.jpg?profile=BANNER");

        Assert.Equal("image/webp", card.Content.Headers.ContentType?.MediaType);
        Assert.Equal((300, 200), TestImages.Dimensions(await card.Content.ReadAsByteArrayAsync()));
        Assert.Equal("image/jpeg", banner.Content.Headers.ContentType?.MediaType);
        Assert.Equal((2048, 600), TestImages.Dimensions(await banner.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task MediaProfilesStep_BadMode_FailsNamingTheProfilesPath()
    {
        const string recipe = """
            { "name": "profiles", "steps": [ { "name": "MediaProfiles", "MediaProfiles": { "odd": { "Width": 100, "Mode": 9 } } } ] }
            """;
        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() =>
            _site.Services.GetRequiredService<RecipeRunner>().RunAsync(RecipeReader.Read(recipe), new RecipeRunRequest(), CancellationToken.None));

        Assert.Equal("$.steps[0].MediaProfiles.odd.Mode", error.JsonPath);
    }
}
