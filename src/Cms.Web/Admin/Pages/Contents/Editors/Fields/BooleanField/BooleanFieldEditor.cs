using System.Text.Json.Nodes;

namespace Cms.Web.Admin.Pages.Contents.Editors.Fields.BooleanField;

/// <summary>BooleanField: a checkbox, with a "Present" marker since an unticked box posts nothing.</summary>
internal sealed class BooleanFieldEditor : IContentFieldEditor
{
    public string FieldName => "BooleanField";

    public string Partial => "/Admin/Pages/Contents/Editors/Fields/BooleanField/_BooleanField.cshtml";

    public void Bind(IFormCollection form, string name, JsonObject value)
    {
        if (form.ContainsKey($"{name}.Present"))
        {
            value["Value"] = form[$"{name}.Value"].Contains("true");
        }
    }
}
