using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.TermPart;

/// <summary>TermPart: edited on the Taxonomies page, never in the term's own editor.</summary>
internal sealed class TermPartEditor : IContentPartEditor
{
    public string PartName => "TermPart";

    public string? Partial => null;

    public string DefaultLabel => "Taxonomy";

    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions)
    {
    }
}
