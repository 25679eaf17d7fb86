using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.MarkdownBodyPart;

/// <summary>MarkdownBodyPart: the Markdown body, with a live preview.</summary>
internal sealed class MarkdownBodyPartEditor : IContentPartEditor
{
    public string PartName => "MarkdownBodyPart";

    public string? Partial => "/Admin/Pages/Contents/Editors/Parts/MarkdownBodyPart/_MarkdownBodyPart.cshtml";

    public string DefaultLabel => "Body";

    public bool SingleInput => true;

    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions)
    {
        FormValues.SetText(form, $"{name}.Markdown", part, "Markdown");
    }
}
