using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Cms.Core.Definitions;

/// <summary>A reusable part with ordered fields (Orchard's ContentPartDefinitionRecord).</summary>
public sealed class ContentPartDefinition
{
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = [];

    [JsonPropertyName("ContentPartFieldDefinitionRecords")]
    public List<ContentPartFieldDefinition> Fields { get; set; } = [];

    public ContentPartFieldDefinition? FindField(string name) =>
        Fields.Find(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    public IEnumerable<ContentPartFieldDefinition> OrderedFields() =>
        Fields.Select((field, index) => (field, index))
            .OrderBy(x => x.field.Position ?? int.MaxValue).ThenBy(x => x.index)
            .Select(x => x.field);
}
