using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Core.ContentModel;

/// <summary>One field of one item being validated or indexed.</summary>
public sealed class ContentFieldContext
{
    public required ContentItem Item { get; init; }
    public required ContentTypePartDefinition TypePart { get; init; }
    public required ContentPartFieldDefinition Field { get; init; }

    /// <summary>The field's JSON object inside the part (null when the item has none).</summary>
    public JsonObject? Value { get; init; }

    /// <summary>JSON pointer of the field inside the item, e.g. "/Letter/Recipient".</summary>
    public string Path => $"/{TypePart.Name}/{Field.Name}";
}
