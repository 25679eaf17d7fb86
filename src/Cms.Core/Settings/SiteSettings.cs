using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Cms.Core.Storage;

namespace Cms.Core.Settings;

/// <summary>
/// The site's settings (Orchard's ISite): the known keys of the Settings recipe step, any other key as
/// a property, plus the site state recorded by the feature and themes steps. One stored document.
/// </summary>
public sealed class SiteSettings
{
    public const string DocumentKey = "default";

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string SiteName { get; set; } = "";
    public string? BaseUrl { get; set; }
    public string? TimeZoneId { get; set; }
    public string? Calendar { get; set; }
    public string? PageTitleFormat { get; set; }
    public string? SiteSalt { get; set; }
    public string? SuperUser { get; set; }
    public string? CdnBaseUrl { get; set; }
    public bool UseCdn { get; set; }
    public bool AppendVersion { get; set; } = true;
    public int PageSize { get; set; } = 10;
    public int MaxPageSize { get; set; } = 100;
    public int MaxPagedCount { get; set; }
    public int ResourceDebugMode { get; set; }
    public int CacheMode { get; set; }
    public JsonObject? HomeRoute { get; set; }

    /// <summary>Every other key of the Settings step, and each custom-settings item by type name.</summary>
    public JsonObject Properties { get; set; } = [];

    /// <summary>Feature ids the recipes enabled (the ones this product implements).</summary>
    public List<string> EnabledFeatures { get; set; } = [];

    public string? SiteTheme { get; set; }
    public string? AdminTheme { get; set; }

    /// <summary>When setup ran; null until the site is set up.</summary>
    public DateTime? SetupCompletedUtc { get; set; }

    public static async Task<SiteSettings?> LoadAsync(SqlSession session, CancellationToken cancellationToken)
    {
        var stored = await session.GetDocumentAsync(DocumentTypes.SiteSettings, DocumentKey, cancellationToken);
        return stored is null ? null : JsonSerializer.Deserialize<SiteSettings>(stored.Content, JsonOptions);
    }

    public Task SaveAsync(WriteSession session, CancellationToken cancellationToken) =>
        session.PutDocumentAsync(DocumentTypes.SiteSettings, DocumentKey, ToJson(), cancellationToken);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
