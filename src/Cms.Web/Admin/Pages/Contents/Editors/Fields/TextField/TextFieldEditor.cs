using System.Text.Json.Nodes;

namespace Cms.Web.Admin.Pages.Contents.Editors.Fields.TextField;

/// <summary>TextField: one input, or a text area when the field's editor is TextArea.</summary>
internal sealed class TextFieldEditor : IContentFieldEditor
{
    public string FieldName => "TextField";

    public string Partial => "/Admin/Pages/Contents/Editors/Fields/TextField/_TextField.cshtml";

    public IReadOnlyList<string> EditorOptions => ["Standard", "TextArea"];

    public void Bind(IFormCollection form, string name, JsonObject value)
    {
        FormValues.SetText(form, $"{name}.Text", value, "Text");
    }
}
