using System.Text.Json.Nodes;

namespace Cms.Web.Admin.Pages.Contents.Editors.Fields.HtmlField;

/// <summary>HtmlField: the HTML as typed; the field kind sanitises it on save.</summary>
internal sealed class HtmlFieldEditor : IContentFieldEditor
{
    public string FieldName => "HtmlField";

    public string Partial => "/Admin/Pages/Contents/Editors/Fields/HtmlField/_HtmlField.cshtml";

    public void Bind(IFormCollection form, string name, JsonObject value)
    {
        FormValues.SetText(form, $"{name}.Html", value, "Html");
    }
}
