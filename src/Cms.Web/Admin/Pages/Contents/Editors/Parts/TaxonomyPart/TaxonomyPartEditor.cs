using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.TaxonomyPart;

/// <summary>TaxonomyPart: a pointer to the Taxonomies page, where terms are edited.</summary>
internal sealed class TaxonomyPartEditor : IContentPartEditor
{
    public string PartName => "TaxonomyPart";

    public string? Partial => "/Admin/Pages/Contents/Editors/Parts/TaxonomyPart/_TaxonomyPart.cshtml";

    public string DefaultLabel => "Terms";

    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions)
    {
    }
}
