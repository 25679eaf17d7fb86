using System.Text.Json.Nodes;

namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>Copies posted inputs into JSON the way every editor does: only inputs the form rendered, empty text as null.</summary>
internal static class FormValues
{
    public static void SetText(IFormCollection form, string key, JsonObject target, string property)
    {
        if (form.TryGetValue(key, out var value))
        {
            var text = value.ToString();
            target[property] = text.Length == 0 ? null : text;
        }
    }

    /// <summary>Lists post a "Present" marker so an emptied list is told apart from a list the form did not show.</summary>
    public static void SetList(IFormCollection form, string name, JsonObject target, string property)
    {
        if (form.ContainsKey($"{name}.Present"))
        {
            target[property] = new JsonArray([.. form[$"{name}.{property}"].Where(v => !string.IsNullOrEmpty(v)).Select(v => (JsonNode?)v)]);
        }
    }

    /// <summary>Browsers send yyyy-MM-dd and yyyy-MM-ddTHH:mm; Orchard stores full ISO date-times (UTC for DateTimeField).</summary>
    public static void SetDate(IFormCollection form, string name, JsonObject value, bool time)
    {
        if (!form.TryGetValue($"{name}.Value", out var posted))
        {
            return;
        }

        var text = posted.ToString();
        value["Value"] = text.Length == 0 ? null : time ? (text.Length == 16 ? text + ":00Z" : text) : (text.Length == 10 ? text + "T00:00:00Z" : text);
    }
}
