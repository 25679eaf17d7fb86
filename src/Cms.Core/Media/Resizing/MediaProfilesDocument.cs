using System.Text.Json;
using System.Text.Json.Serialization;
using Cms.Core.Storage;

namespace Cms.Core.Media.Resizing;

/// <summary>The site's media profiles by name (case-insensitive), one stored document as in Orchard.</summary>
public sealed class MediaProfilesDocument
{
    private const string DocumentKey = "default";

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public Dictionary<string, MediaProfile> MediaProfiles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<MediaProfilesDocument> LoadAsync(SqlSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var stored = await session.GetDocumentAsync(DocumentTypes.MediaProfiles, DocumentKey, cancellationToken);
        var document = stored is null ? null : JsonSerializer.Deserialize<MediaProfilesDocument>(stored.Content, JsonOptions);
        return new MediaProfilesDocument
        {
            MediaProfiles = new(document?.MediaProfiles ?? [], StringComparer.OrdinalIgnoreCase),
        };
    }

    public Task SaveAsync(WriteSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.PutDocumentAsync(DocumentTypes.MediaProfiles, DocumentKey, JsonSerializer.Serialize(this, JsonOptions), cancellationToken);
    }

    public MediaProfile? Find(string name) => MediaProfiles.GetValueOrDefault(name);
}
