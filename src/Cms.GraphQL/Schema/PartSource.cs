using System.Text.Json.Nodes;
using Cms.Core.ContentModel;

namespace Cms.GraphQL.Schema;

/// <summary>
/// What a part's members resolve from: the item and the part's name in it. Named parts (a BagPart
/// called Services) share one graph type, so the name travels with the value, not with the type.
/// </summary>
internal sealed record PartSource(ContentItem Item, string PartName)
{
    public JsonObject? Part => Item.Content[PartName] as JsonObject;

    public JsonNode? Field(string fieldName) => Part?[fieldName];
}
