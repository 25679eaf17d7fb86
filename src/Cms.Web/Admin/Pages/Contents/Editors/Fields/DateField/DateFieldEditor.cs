using System.Text.Json.Nodes;

namespace Cms.Web.Admin.Pages.Contents.Editors.Fields.DateField;

/// <summary>DateField: the browser's date input.</summary>
internal sealed class DateFieldEditor : IContentFieldEditor
{
    public string FieldName => "DateField";

    public string Partial => "/Admin/Pages/Contents/Editors/Fields/DateField/_DateField.cshtml";

    public void Bind(IFormCollection form, string name, JsonObject value)
    {
        FormValues.SetDate(form, name, value, time: false);
    }
}
