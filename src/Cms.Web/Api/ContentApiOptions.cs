namespace Cms.Web.Api;

/// <summary>The <c>Cms:Api</c> section: how the REST content API guards writes.</summary>
public sealed class ContentApiOptions
{
    public const string SectionName = "Cms:Api";

    /// <summary>
    /// When true, a POST that changes an existing item and a DELETE must carry If-Match (the ETag of the item's
    /// latest version); without it they get 428. Creating a new item never needs it. Default false (Orchard's API
    /// sends no ETags, and its clients send no If-Match).
    /// </summary>
    public bool RequireIfMatch { get; set; }
}
