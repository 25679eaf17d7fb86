using System.Text.Json.Nodes;
using Cms.Core.Definitions;
using Cms.Core.Parts.FlowPart;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.FlowPart;

/// <summary>FlowPart: the page's widgets in order, each edited with its own type's editors, like a bag.</summary>
internal sealed class FlowPartEditor : IContentPartEditor
{
    public string PartName => FlowPartKind.KindName;

    public string? Partial => "/Admin/Pages/Contents/Editors/Parts/FlowPart/_FlowPart.cshtml";

    public string DefaultLabel => "Widgets";

    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions) =>
        ItemListBinder.Bind(form, name, part, FlowPartKind.WidgetsProperty, definitions, keepUndefinedTypes: true);
}
