using System.Text.Json.Nodes;

namespace Cms.Web.Admin.Pages.Contents.Editors.Fields.MarkdownField;

/// <summary>MarkdownField: the Markdown source, with a live preview.</summary>
internal sealed class MarkdownFieldEditor : IContentFieldEditor
{
    public string FieldName => "MarkdownField";

    public string Partial => "/Admin/Pages/Contents/Editors/Fields/MarkdownField/_MarkdownField.cshtml";

    public void Bind(IFormCollection form, string name, JsonObject value)
    {
        FormValues.SetText(form, $"{name}.Markdown", value, "Markdown");
    }
}
