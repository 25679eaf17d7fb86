using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors.Parts.LocalizationPart;

/// <summary>LocalizationPart: the culture selector, the set kept in a hidden input, and the set's other languages.</summary>
internal sealed class LocalizationPartEditor : IContentPartEditor
{
    public string PartName => "LocalizationPart";

    public string? Partial => "/Admin/Pages/Contents/Editors/Parts/LocalizationPart/_LocalizationPart.cshtml";

    public string DefaultLabel => "Culture";

    public void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions)
    {
        FormValues.SetText(form, $"{name}.Culture", part, "Culture");
        FormValues.SetText(form, $"{name}.LocalizationSet", part, "LocalizationSet");
    }
}
