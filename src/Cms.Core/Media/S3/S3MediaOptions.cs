namespace Cms.Core.Media.S3;

/// <summary>
/// The <c>Cms:Media:S3</c> section, read when <c>Cms:Media:Store</c> is S3: the bucket, and where it is (an AWS region,
/// or the URL of an S3-compatible server such as MinIO or R2, addressed path-style). Keys left empty fall back to
/// the environment's default AWS credentials (environment variables, profile, instance role).
/// </summary>
public sealed class S3MediaOptions
{
    public string? BucketName { get; set; }

    /// <summary>AWS region name ("eu-west-1"); with <see cref="ServiceUrl"/>, the region requests are signed for (default us-east-1).</summary>
    public string? Region { get; set; }

    /// <summary>An S3-compatible server's address ("http://127.0.0.1:9000"); buckets are then addressed path-style.</summary>
    public Uri? ServiceUrl { get; set; }

    public string? AccessKeyId { get; set; }

    public string? SecretAccessKey { get; set; }

    /// <summary>Every setting that makes the section unusable, named as in configuration; empty when it can be used.</summary>
    public IReadOnlyList<string> Problems(string sectionPath)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(BucketName))
        {
            problems.Add($"{sectionPath}:{nameof(BucketName)}: required when Cms:Media:Store is S3.");
        }

        if (string.IsNullOrWhiteSpace(Region) && ServiceUrl is null)
        {
            problems.Add($"{sectionPath}:{nameof(Region)}: give a region (or {sectionPath}:{nameof(ServiceUrl)} for an S3-compatible server) when Cms:Media:Store is S3.");
        }

        if (ServiceUrl is not null && (!ServiceUrl.IsAbsoluteUri || ServiceUrl.Scheme is not ("http" or "https")))
        {
            problems.Add($"{sectionPath}:{nameof(ServiceUrl)}: '{ServiceUrl}' is not an absolute http or https URL.");
        }

        if (string.IsNullOrEmpty(AccessKeyId) != string.IsNullOrEmpty(SecretAccessKey))
        {
            var missing = string.IsNullOrEmpty(AccessKeyId) ? nameof(AccessKeyId) : nameof(SecretAccessKey);
            problems.Add($"{sectionPath}:{missing}: give both keys, or neither to use the environment's default credentials.");
        }

        return problems;
    }
}
