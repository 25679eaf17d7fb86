using System.Text.Json.Nodes;

namespace Cms.Web.Admin.Pages.Contents.Editors.Fields.LinkField;

/// <summary>LinkField: url, link text and target.</summary>
internal sealed class LinkFieldEditor : IContentFieldEditor
{
    public string FieldName => "LinkField";

    public string Partial => "/Admin/Pages/Contents/Editors/Fields/LinkField/_LinkField.cshtml";

    public void Bind(IFormCollection form, string name, JsonObject value)
    {
        FormValues.SetText(form, $"{name}.Url", value, "Url");
        FormValues.SetText(form, $"{name}.Text", value, "Text");
        FormValues.SetText(form, $"{name}.Target", value, "Target");
    }
}
