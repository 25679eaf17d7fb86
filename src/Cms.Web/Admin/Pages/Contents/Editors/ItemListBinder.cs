using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>Rebuilds a list part's items from the posted form, keeping what each stored item holds that the form did not show.</summary>
internal static class ItemListBinder
{
    public static void Bind(
        IFormCollection form, string name, JsonObject part, string property, ContentDefinitionDocument definitions, bool keepUndefinedTypes)
    {
        if (!form.ContainsKey($"{name}.Present"))
        {
            return;
        }

        var stored = (part[property] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        var items = new JsonArray();
        for (var i = 0; form.ContainsKey($"{name}.{property}.{i}.ContentType"); i++)
        {
            var itemPrefix = $"{name}.{property}.{i}.";
            var type = definitions.FindType(form[$"{itemPrefix}ContentType"].ToString());
            if (type is null)
            {
                continue;
            }

            var id = form[$"{itemPrefix}ContentItemId"].ToString();
            var existing = stored.FirstOrDefault(o => (string?)o["ContentItemId"] == id);
            var nested = existing?.DeepClone() as JsonObject ?? new JsonObject
            {
                ["ContentItemId"] = id.Length > 0 ? id : IdGenerator.NewId(),
                ["ContentType"] = type.Name,
            };
            ContentEditorBinder.Bind(form, type, nested, itemPrefix, definitions);
            items.Add(nested);
        }

        // Items of types this site does not define are not in the form: flows and menus keep them, after the edited ones.
        foreach (var kept in stored.Where(o => keepUndefinedTypes && definitions.FindType((string?)o["ContentType"] ?? "") is null))
        {
            items.Add(kept.DeepClone());
        }

        part[property] = items;
    }
}
