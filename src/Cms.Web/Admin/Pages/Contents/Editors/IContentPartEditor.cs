using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>
/// How the admin edits one part kind: the partial beside this class in Parts/{Kind}/, the words editors read when
/// the definition gives none, and how its inputs bind back into the part's JSON. Every part kind of Cms.Core
/// needs one (checked at start-up).
/// </summary>
internal interface IContentPartEditor
{
    /// <summary>The part kind it edits, e.g. "TitlePart".</summary>
    string PartName { get; }

    /// <summary>The editor partial's path; null when the part is edited elsewhere (a list's or a taxonomy's own page).</summary>
    string? Partial { get; }

    /// <summary>The label when neither the type nor the part definition gives a DisplayName ("Permalink", "Body").</summary>
    string DefaultLabel { get; }

    /// <summary>True when the part is one input labelled with the part's name, so no group heading repeats it.</summary>
    bool SingleInput => false;

    /// <summary>Reads the part's inputs (named <paramref name="name"/>.Title...) into <paramref name="part"/>; absent inputs change nothing.</summary>
    void Bind(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions);
}
