using System.Text.Json.Nodes;

namespace Cms.Web.Admin.Pages.Contents.Editors.Fields.DateTimeField;

/// <summary>DateTimeField: the browser's date and time input, stored as UTC.</summary>
internal sealed class DateTimeFieldEditor : IContentFieldEditor
{
    public string FieldName => "DateTimeField";

    public string Partial => "/Admin/Pages/Contents/Editors/Fields/DateTimeField/_DateTimeField.cshtml";

    public void Bind(IFormCollection form, string name, JsonObject value)
    {
        FormValues.SetDate(form, name, value, time: true);
    }
}
