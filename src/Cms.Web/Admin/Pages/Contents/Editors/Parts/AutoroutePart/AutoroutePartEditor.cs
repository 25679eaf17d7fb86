using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.AutoroutePart;

/// <summary>AutoroutePart: the permalink, when editors may set it (AutoroutePartSettings.AllowCustomPath).</summary>
internal sealed class AutoroutePartEditor : IContentPartEditor
{
    public string PartName => "AutoroutePart";

    public string? Partial => "/Admin/Pages/Contents/Editors/Parts/AutoroutePart/_AutoroutePart.cshtml";

    public string DefaultLabel => "Permalink";

    public bool SingleInput => true;

    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions)
    {
        FormValues.SetText(form, $"{name}.Path", part, "Path");
    }
}
