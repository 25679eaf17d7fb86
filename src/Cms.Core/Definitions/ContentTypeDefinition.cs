using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Cms.Core.Definitions;

/// <summary>A content type: its name, settings and ordered parts (Orchard's ContentTypeDefinitionRecord).</summary>
public sealed class ContentTypeDefinition
{
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public JsonObject Settings { get; set; } = [];

    [JsonPropertyName("ContentTypePartDefinitionRecords")]
    public List<ContentTypePartDefinition> Parts { get; set; } = [];

    [JsonIgnore]
    public ContentTypeSettings TypeSettings => ContentTypeSettings.From(Settings);

    public ContentTypePartDefinition? FindPart(string name) =>
        Parts.Find(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>Parts ordered by their Position setting, ties kept in stored order.</summary>
    public IEnumerable<ContentTypePartDefinition> OrderedParts() =>
        Parts.Select((part, index) => (part, index))
            .OrderBy(x => x.part.Position ?? int.MaxValue).ThenBy(x => x.index)
            .Select(x => x.part);
}
