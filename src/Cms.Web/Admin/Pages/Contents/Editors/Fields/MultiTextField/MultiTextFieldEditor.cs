using System.Text.Json.Nodes;

namespace Cms.Web.Admin.Pages.Contents.Editors.Fields.MultiTextField;

/// <summary>MultiTextField: the ticked options.</summary>
internal sealed class MultiTextFieldEditor : IContentFieldEditor
{
    public string FieldName => "MultiTextField";

    public string Partial => "/Admin/Pages/Contents/Editors/Fields/MultiTextField/_MultiTextField.cshtml";

    public void Bind(IFormCollection form, string name, JsonObject value)
    {
        FormValues.SetList(form, name, value, "Values");
    }
}
