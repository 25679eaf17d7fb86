using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Core.ContentModel;

/// <summary>One part of one item being prepared, validated or indexed.</summary>
public sealed class ContentPartContext
{
    public required ContentItem Item { get; init; }
    public required ContentTypeDefinition Type { get; init; }
    public required ContentTypePartDefinition TypePart { get; init; }

    /// <summary>The part's JSON object in the item (created when missing).</summary>
    public required JsonObject Part { get; init; }

    /// <summary>The definitions in force, for parts that hold nested items (BagPart, TaxonomyPart).</summary>
    public required ContentDefinitionDocument Definitions { get; init; }

    /// <summary>The published or latest version of the item's container (ContainedPart), when it has one.</summary>
    public ContentItem? Container { get; init; }

    /// <summary>Validates nested items (bag items, taxonomy terms) with the same rules as stored items.</summary>
    public Action<ContentItem, string, ContentValidationResult>? ValidateNested { get; init; }

    /// <summary>
    /// Prepares nested items (bag items, taxonomy terms) with the same rules as stored items; the part
    /// writes the prepared item back into its JSON, since a <see cref="ContentItem"/> holds a copy.
    /// </summary>
    public Action<ContentItem>? PrepareNested { get; init; }

    /// <summary>JSON pointer of the part inside the item, e.g. "/AutoroutePart".</summary>
    public string Path => $"/{TypePart.Name}";
}
