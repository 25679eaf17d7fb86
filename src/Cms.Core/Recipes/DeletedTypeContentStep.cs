using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Querying;
using Cms.Core.Storage;

namespace Cms.Core.Recipes;

/// <summary>
/// Keeps the items of deleted types in a full export. Orchard's full export keeps every item whatever its type; ours
/// puts them in a step of their own, named so that no importer runs it (a Content step of an undefined type would fail
/// the whole import), with a note saying how to bring them back.
/// </summary>
internal static class DeletedTypeContentStep
{
    public const string Name = "DeletedTypeContent";

    /// <summary>The step, or null when every stored item's type is defined.</summary>
    public static async Task<JsonObject?> CreateAsync(SqlSession session, ContentDefinitionDocument definitions, CancellationToken cancellationToken)
    {
        var deleted = (await LiveContentItems.TypesAsync(session, cancellationToken)).Where(t => definitions.FindType(t) is null).ToList();
        if (deleted.Count == 0)
        {
            return null;
        }

        var items = await session.QueryAsync(new ContentQuery
        {
            ContentTypes = deleted,
            Status = ContentStatus.All,
            OrderBy = [new ContentOrder(ContentColumn.Metadata("CreatedUtc")), new ContentOrder(ContentColumn.Metadata("ContentItemId"))],
        }, cancellationToken);
        return new JsonObject
        {
            ["name"] = Name,
            ["description"] = $"Items of content types that are no longer defined ({string.Join(", ", deleted)}), kept so that the export " +
                "loses no stored item. Imports skip this step; to import the items, define their types again and rename the step to Content.",
            ["ContentTypes"] = new JsonArray([.. deleted.Select(t => (JsonNode)t)]),
            ["data"] = new JsonArray([.. items.Select(i => (JsonNode)ContentItemJson.ToJsonObject(i))]),
        };
    }
}
