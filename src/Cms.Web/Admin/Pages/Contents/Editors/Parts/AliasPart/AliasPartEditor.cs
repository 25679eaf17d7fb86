using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.AliasPart;

/// <summary>AliasPart: the alias input.</summary>
internal sealed class AliasPartEditor : IContentPartEditor
{
    public string PartName => "AliasPart";

    public string? Partial => "/Admin/Pages/Contents/Editors/Parts/AliasPart/_AliasPart.cshtml";

    public string DefaultLabel => "Alias";

    public bool SingleInput => true;

    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions)
    {
        FormValues.SetText(form, $"{name}.Alias", part, "Alias");
    }
}
