using System.Text.Json.Nodes;

namespace Cms.Web.Admin.Pages.Contents.Editors.Fields.TimeField;

/// <summary>TimeField: the browser's time input.</summary>
internal sealed class TimeFieldEditor : IContentFieldEditor
{
    public string FieldName => "TimeField";

    public string Partial => "/Admin/Pages/Contents/Editors/Fields/TimeField/_TimeField.cshtml";

    public void Bind(IFormCollection form, string name, JsonObject value)
    {
        if (form.TryGetValue($"{name}.Value", out var clock))
        {
            var text = clock.ToString();
            // The browser's time input sends HH:mm; Orchard stores a TimeSpan (HH:mm:ss).
            value["Value"] = text.Length == 0 ? null : text.Length == 5 ? text + ":00" : text;
        }
    }
}
