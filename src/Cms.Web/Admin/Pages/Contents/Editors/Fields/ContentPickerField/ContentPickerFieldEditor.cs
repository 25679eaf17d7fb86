using System.Text.Json.Nodes;

namespace Cms.Web.Admin.Pages.Contents.Editors.Fields.ContentPickerField;

/// <summary>ContentPickerField: the picked items' ids, chosen in the picker dialog.</summary>
internal sealed class ContentPickerFieldEditor : IContentFieldEditor
{
    public string FieldName => "ContentPickerField";

    public string Partial => "/Admin/Pages/Contents/Editors/Fields/ContentPickerField/_ContentPickerField.cshtml";

    public void Bind(IFormCollection form, string name, JsonObject value)
    {
        FormValues.SetList(form, name, value, "ContentItemIds");
    }
}
