using System.Text.Json.Nodes;

namespace Cms.Web.Admin.Pages.Contents.Editors.Fields.TaxonomyField;

/// <summary>TaxonomyField: the ticked terms of the field's taxonomy.</summary>
internal sealed class TaxonomyFieldEditor : IContentFieldEditor
{
    public string FieldName => "TaxonomyField";

    public string Partial => "/Admin/Pages/Contents/Editors/Fields/TaxonomyField/_TaxonomyField.cshtml";

    public void Bind(IFormCollection form, string name, JsonObject value)
    {
        FormValues.SetList(form, name, value, "TermContentItemIds");
        if (form.TryGetValue($"{name}.TaxonomyContentItemId", out var taxonomy))
        {
            value["TaxonomyContentItemId"] = taxonomy.ToString();
        }
    }
}
