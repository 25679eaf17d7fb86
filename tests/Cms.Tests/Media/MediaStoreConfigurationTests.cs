using Cms.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace Cms.Tests.Media;

/// <summary>The media store's settings are checked before start, each mistake named as it is configured.</summary>
public sealed class MediaStoreConfigurationTests
{
    [Fact]
    public void Check_S3WithoutBucketOrPlace_NamesBothSettings()
    {
        var problems = Problems(("Cms:Media:Store", "S3"));

        Assert.Contains(problems, p => p.StartsWith("Cms:Media:S3:BucketName: required when Cms:Media:Store is S3", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Cms:Media:S3:Region:", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_S3WithOneKeyOnly_NamesTheMissingKey()
    {
        var problems = Problems(("Cms:Media:Store", "S3"), ("Cms:Media:S3:BucketName", "media"), ("Cms:Media:S3:Region", "eu-west-1"),
            ("Cms:Media:S3:AccessKeyId", "AKIA0000"));

        Assert.Equal(["Cms:Media:S3:SecretAccessKey: give both keys, or neither to use the environment's default credentials."], problems);
    }

    [Fact]
    public void Check_S3WithServiceUrlAndBucket_HasNoProblem()
    {
        Assert.Empty(Problems(("Cms:Media:Store", "S3"), ("Cms:Media:S3:BucketName", "media"), ("Cms:Media:S3:ServiceUrl", "http://127.0.0.1:9000")));
    }

    [Fact]
    public void Check_UnknownStore_NamesTheSetting()
    {
        var problem = Assert.Single(Problems(("Cms:Media:Store", "Blob")));

        Assert.StartsWith("Cms:Media:Store: 'Blob'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RelativePublicBaseUrl_NamesTheSetting()
    {
        var problem = Assert.Single(Problems(("Cms:Media:PublicBaseUrl", "/cdn/media")));

        Assert.StartsWith("Cms:Media:PublicBaseUrl: '/cdn/media' is not an absolute http or https URL", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_S3SettingsOnTheCommandLine_AreKnownNames()
    {
        var args = new[] { "--Cms:Media:Store=S3", "--Cms:Media:S3:BucketName=media", "--Cms:Media:S3:Region=eu-west-1" };
        var configuration = new ConfigurationBuilder().AddCommandLine(args).Build();

        Assert.Empty(CmsConfigurationCheck.FindProblems(configuration, Path.GetTempPath(), args));
    }

    private static IReadOnlyList<string> Problems(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return CmsConfigurationCheck.FindProblems(configuration, Path.GetTempPath());
    }
}
