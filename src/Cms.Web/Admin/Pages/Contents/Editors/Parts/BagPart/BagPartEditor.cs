using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.BagPart;

/// <summary>BagPart: the nested items in order, each edited with its own type's editors.</summary>
internal sealed class BagPartEditor : IContentPartEditor
{
    public string PartName => "BagPart";

    public string? Partial => "/Admin/Pages/Contents/Editors/Parts/BagPart/_BagPart.cshtml";

    public string DefaultLabel => "Items";

    /// <summary>Rebuilds the bag from the posted items, keeping what each stored item holds that the form did not show.</summary>
    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions)
    {
        if (!form.ContainsKey($"{name}.Present"))
        {
            return;
        }

        var items = new JsonArray();
        for (var i = 0; form.ContainsKey($"{name}.ContentItems.{i}.ContentType"); i++)
        {
            var itemPrefix = $"{name}.ContentItems.{i}.";
            var contentType = form[$"{itemPrefix}ContentType"].ToString();
            var type = definitions.FindType(contentType);
            if (type is null)
            {
                continue;
            }

            var existing = (part["ContentItems"] as JsonArray)?.OfType<JsonObject>()
                .FirstOrDefault(o => (string?)o["ContentItemId"] == form[$"{itemPrefix}ContentItemId"].ToString());
            var nested = existing?.DeepClone() as JsonObject ?? new JsonObject
            {
                ["ContentItemId"] = form[$"{itemPrefix}ContentItemId"].ToString() is { Length: > 0 } id ? id : IdGenerator.NewId(),
                ["ContentType"] = contentType,
            };
            ContentEditorBinder.Bind(form, type, nested, itemPrefix, definitions);
            items.Add(nested);
        }

        part["ContentItems"] = items;
    }
}
