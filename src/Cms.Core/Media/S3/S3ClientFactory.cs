using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace Cms.Core.Media.S3;

/// <summary>An S3 client for <see cref="S3MediaOptions"/>, kept to what every S3-compatible server understands.</summary>
public static class S3ClientFactory
{
    public static AmazonS3Client Create(S3MediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new AmazonS3Config
        {
            // Newer SDKs add CRC checksums to every upload and check them on download; MinIO, R2 and older servers
            // differ in what they accept, and plain MD5/ETag integrity is what every one of them implements.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (options.ServiceUrl is { } serviceUrl)
        {
            config.ServiceURL = serviceUrl.ToString();
            config.ForcePathStyle = true;
            config.AuthenticationRegion = string.IsNullOrWhiteSpace(options.Region) ? "us-east-1" : options.Region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }

        return string.IsNullOrEmpty(options.AccessKeyId)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), config);
    }
}
