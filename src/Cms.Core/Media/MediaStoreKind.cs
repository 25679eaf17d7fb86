namespace Cms.Core.Media;

/// <summary>Where <c>Cms:Media:Store</c> keeps the media library.</summary>
public enum MediaStoreKind
{
    /// <summary>The data folder's media/ (the default).</summary>
    FileSystem,

    /// <summary>An S3 bucket (AWS S3, MinIO, R2 or any S3-compatible server), set in <c>Cms:Media:S3</c>.</summary>
    S3,
}
