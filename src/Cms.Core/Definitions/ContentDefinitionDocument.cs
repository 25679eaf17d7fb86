using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cms.Core.Definitions;

/// <summary>All types and parts: the one stored definition document (Orchard's ContentDefinitionRecord).</summary>
public sealed class ContentDefinitionDocument
{
    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    [JsonPropertyName("ContentTypeDefinitionRecords")]
    public List<ContentTypeDefinition> Types { get; set; } = [];

    [JsonPropertyName("ContentPartDefinitionRecords")]
    public List<ContentPartDefinition> Parts { get; set; } = [];

    public ContentTypeDefinition? FindType(string name) =>
        Types.Find(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    public ContentPartDefinition? FindPart(string name) =>
        Parts.Find(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static ContentDefinitionDocument FromJson(string json) =>
        JsonSerializer.Deserialize<ContentDefinitionDocument>(json, JsonOptions) ?? new ContentDefinitionDocument();

    public ContentDefinitionDocument DeepClone() => FromJson(ToJson());
}
