using Cms.Tests.Support;

namespace Cms.Tests.Cli;

/// <summary><c>verify</c> on a site whose media live in an S3 bucket (a real s3rver) looks the references up there.</summary>
public sealed class VerifyS3MediaTests : IClassFixture<S3rverFixture>, IDisposable
{
    private readonly CliTestFolder _cli = new();
    private readonly S3rverServer _s3;

    public VerifyS3MediaTests(S3rverFixture s3)
    {
        _s3 = s3.Server;
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Verify_MediaInTheBucket_FindsEveryReference()
    {
        var store = await SetUpAsync();

        var (code, output, errors) = await CliTestFolder.RunAsync(["verify", "--data-path", _cli.DataPath, .. store]);

        Assert.True(code == 0, output + errors);
        Assert.Contains("2 media references; no problems", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_cli.DataPath, "media", "photo.png")));
    }

    [Fact]
    public async Task Verify_FileDeletedFromTheBucket_ReportsTheReference()
    {
        var store = await SetUpAsync();
        using (var client = _s3.Client())
        {
            await client.DeleteObjectAsync(store[1]["--Cms:Media:S3:BucketName=".Length..], "inline.png");
        }

        var (code, output, _) = await CliTestFolder.RunAsync(["verify", "--data-path", _cli.DataPath, .. store]);

        Assert.NotEqual(0, code);
        Assert.Contains("refers to media 'inline.png', which is not in the media folder", output, StringComparison.Ordinal);
    }

    /// <summary>Sets the backup site up on a new bucket; returns the settings that name the store.</summary>
    private async Task<string[]> SetUpAsync()
    {
        var bucket = await _s3.CreateBucketAsync();
        string[] store =
        [
            "--Cms:Media:Store=S3", "--Cms:Media:S3:BucketName=" + bucket, "--Cms:Media:S3:ServiceUrl=" + _s3.ServiceUrl,
            "--Cms:Media:S3:AccessKeyId=" + S3rverServer.AccessKey, "--Cms:Media:S3:SecretAccessKey=" + S3rverServer.AccessKey,
        ];
        var recipe = _cli.WriteRecipe(BackupSite.Recipe);
        var (code, output, errors) = await CliTestFolder.RunAsync(
            ["setup", "--data-path", _cli.DataPath, "--recipe", recipe, "--admin-password", "Secret-passw0rd", .. store]);
        Assert.True(code == 0, output + errors);
        return store;
    }
}
