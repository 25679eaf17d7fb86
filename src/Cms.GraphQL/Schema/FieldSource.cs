using System.Text.Json.Nodes;

namespace Cms.GraphQL.Schema;

/// <summary>What the members of an object-shaped field (ContentPickerField, MediaField) resolve from.</summary>
internal sealed record FieldSource(PartSource Part, string FieldName, JsonObject Value);
