using System.Globalization;
using System.Text.Json.Nodes;

namespace Cms.Web.Admin.Pages.Contents.Editors.Fields.NumericField;

/// <summary>NumericField: a text input (so "1,5" reaches the validator and is named, not dropped by the browser).</summary>
internal sealed class NumericFieldEditor : IContentFieldEditor
{
    public string FieldName => "NumericField";

    public string Partial => "/Admin/Pages/Contents/Editors/Fields/NumericField/_NumericField.cshtml";

    public void Bind(IFormCollection form, string name, JsonObject value)
    {
        if (form.TryGetValue($"{name}.Value", out var number))
        {
            var text = number.ToString().Trim();
            value["Value"] = text.Length == 0 ? null
                : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? JsonValue.Create(parsed) : text;
        }
    }
}
