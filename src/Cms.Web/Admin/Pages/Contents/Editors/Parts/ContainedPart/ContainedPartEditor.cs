using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.ContainedPart;

/// <summary>ContainedPart: edited by the list that holds the item, never in the item's own editor.</summary>
internal sealed class ContainedPartEditor : IContentPartEditor
{
    public string PartName => "ContainedPart";

    public string? Partial => null;

    public string DefaultLabel => "List";

    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions)
    {
    }
}
