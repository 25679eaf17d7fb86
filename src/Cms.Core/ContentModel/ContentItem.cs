using System.Text.Json.Nodes;

namespace Cms.Core.ContentModel;

/// <summary>
/// One version of a content item, in Orchard Core's shape: eleven metadata properties plus one JSON
/// object per part (keyed by the part's name in the type), each holding its fields.
/// </summary>
public sealed class ContentItem
{
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string? DisplayText { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }

    /// <summary>The parts: every non-metadata property of the item's JSON.</summary>
    public JsonObject Content { get; set; } = [];

    /// <summary>Row id of this version in the document table; 0 until stored. Not part of the JSON.</summary>
    public long DocumentId { get; internal set; }

    /// <summary>Concurrency stamp of the stored row this version was read from; 0 until stored.</summary>
    public long DocumentVersion { get; set; }

    /// <summary>The part object with this name, created when missing.</summary>
    public JsonObject GetOrCreatePart(string partName)
    {
        if (Content[partName] is JsonObject part)
        {
            return part;
        }

        part = [];
        Content[partName] = part;
        return part;
    }

    public JsonObject? GetPart(string partName) => Content[partName] as JsonObject;

    /// <summary>A deep copy, with the parts a stored item keeps (objects and arrays that are not metadata names).</summary>
    public ContentItem Clone()
    {
        var copy = (ContentItem)MemberwiseClone();
        copy.Content = [];
        foreach (var (name, value) in Content)
        {
            if (value is JsonObject or JsonArray && !ContentItemJson.IsMetadataName(name))
            {
                copy.Content[name] = value.DeepClone();
            }
        }

        return copy;
    }
}
