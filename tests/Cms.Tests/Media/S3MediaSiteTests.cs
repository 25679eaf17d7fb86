using System.Net;
using System.Net.Http.Headers;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Cms.Tests.Media;

/// <summary>
/// The NGO site set up on an S3 media store (a real s3rver): the setup recipe's media step writes to the bucket, and
/// the node serves MediaField URLs from it with ETags, 304s and ranges, resizes from it, and lists it.
/// </summary>
public sealed class S3MediaSiteTests : IClassFixture<S3MediaSiteTests.Site>
{
    private const string ImagePath = "ishr/placeholder.png";
    private readonly Site _site;

    public S3MediaSiteTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory, IAsyncLifetime
    {
        private S3rverServer? _server;

        public S3rverServer S3 => _server!;

        public string Bucket { get; private set; } = "";

        public async Task InitializeAsync()
        {
            _server = await S3rverServer.StartAsync();
            Bucket = await _server.CreateBucketAsync();
        }

        async Task IAsyncLifetime.DisposeAsync()
        {
            await DisposeAsync();
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cms:Setup:Enabled", "true");
            builder.UseSetting("Cms:Setup:AdminPassword", "Secret-passw0rd");
            builder.UseSetting("Cms:Media:Store", "S3");
            builder.UseSetting("Cms:Media:S3:BucketName", Bucket);
            builder.UseSetting("Cms:Media:S3:ServiceUrl", S3.ServiceUrl.ToString());
            builder.UseSetting("Cms:Media:S3:AccessKeyId", S3rverServer.AccessKey);
            builder.UseSetting("Cms:Media:S3:SecretAccessKey", S3rverServer.AccessKey);
        }
    }

    [Fact]
    public async Task SetupRecipe_MediaStep_WritesToTheBucketNotTheDataFolder()
    {
        _ = _site.Services;
        using var client = _site.S3.Client();

        var stored = await client.GetObjectMetadataAsync(_site.Bucket, ImagePath);

        Assert.Equal("image/png", stored.Headers.ContentType);
        Assert.False(File.Exists(Path.Combine(_site.DataPath, "media", "ishr", "placeholder.png")));
    }

    [Fact]
    public async Task MediaFieldUrl_FromTheBucket_IsServedWithETag304AndRanges()
    {
        var client = _site.Anonymous();
        var url = await MediaSiteQueries.LetterImageUrlAsync(client);
        using var s3 = _site.S3.Client();
        var stored = await s3.GetObjectMetadataAsync(_site.Bucket, ImagePath);

        using var whole = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(whole.Headers.ETag!);
        using var notModified = await client.SendAsync(conditional);
        using var ranged = new HttpRequestMessage(HttpMethod.Get, url);
        ranged.Headers.Range = new RangeHeaderValue(1, 3);
        using var partial = await client.SendAsync(ranged);

        Assert.Equal("/media/" + ImagePath, url);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("image/png", whole.Content.Headers.ContentType?.MediaType);
        Assert.Equal(stored.ContentLength, (await whole.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(stored.ETag, whole.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal("PNG"u8.ToArray(), await partial.Content.ReadAsByteArrayAsync());
        Assert.Equal($"bytes 1-3/{stored.ContentLength}", partial.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task MediaAssets_OnS3_ListsTheBucketsFiles()
    {
        var assets = await MediaSiteQueries.MediaAssetsAsync(_site.Admin(), "ishr");

        var asset = Assert.Single(assets)!;
        Assert.Equal("placeholder.png", asset["name"]!.GetValue<string>());
        Assert.Equal("/media/" + ImagePath, asset["path"]!.GetValue<string>());
        Assert.True(asset["length"]!.GetValue<long>() > 0);
    }

    [Fact]
    public async Task ResizedImage_OnS3_IsMadeFromTheBucketsFile()
    {
        using var response = await _site.Anonymous().GetAsync(new Uri($"/media/{ImagePath}?width=50", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["miss"], response.Headers.GetValues("X-Resize-Cache"));
    }

    [Fact]
    public async Task MediaLibrary_OnS3_ListsTheBucketsFolderAndFile()
    {
        var root = await _site.Admin().GetStringAsync(new Uri("/admin/media", UriKind.Relative));
        var folder = await _site.Admin().GetStringAsync(new Uri("/admin/media?path=ishr", UriKind.Relative));

        Assert.Contains("ishr", root, StringComparison.Ordinal);
        Assert.Contains("placeholder.png", folder, StringComparison.Ordinal);
    }
}
