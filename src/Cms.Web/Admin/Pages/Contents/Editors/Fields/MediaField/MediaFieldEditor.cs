using System.Text.Json.Nodes;

namespace Cms.Web.Admin.Pages.Contents.Editors.Fields.MediaField;

/// <summary>MediaField: paths from the media library, each with its media text (alt text).</summary>
internal sealed class MediaFieldEditor : IContentFieldEditor
{
    public string FieldName => "MediaField";

    public string Partial => "/Admin/Pages/Contents/Editors/Fields/MediaField/_MediaField.cshtml";

    public void Bind(IFormCollection form, string name, JsonObject value)
    {
        if (form.ContainsKey($"{name}.Present"))
        {
            var paths = form[$"{name}.Paths"].Select(p => p ?? "").ToList();
            var texts = form[$"{name}.MediaTexts"].Select(t => t ?? "").ToList();
            value["Paths"] = new JsonArray([.. paths.Select(p => (JsonNode?)p)]);
            value["MediaTexts"] = new JsonArray([.. paths.Select((_, i) => (JsonNode?)(i < texts.Count ? texts[i] : ""))]);
        }
    }
}
