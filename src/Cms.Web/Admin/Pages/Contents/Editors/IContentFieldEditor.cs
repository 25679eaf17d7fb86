using System.Text.Json.Nodes;

namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>
/// How the admin edits one field kind: the partial beside this class in Fields/{Kind}/ and how its inputs
/// bind back into the field's JSON. Every field kind of Cms.Core needs one (checked at start-up).
/// </summary>
internal interface IContentFieldEditor
{
    /// <summary>The field kind it edits, e.g. "TextField".</summary>
    string FieldName { get; }

    /// <summary>The editor partial's path.</summary>
    string Partial { get; }

    /// <summary>The editors the kind offers (ContentPartFieldSettings.Editor), the standard one first; empty when only one.</summary>
    IReadOnlyList<string> EditorOptions => [];

    /// <summary>
    /// Reads the field's inputs (named <paramref name="name"/>.Text, .Value...) into <paramref name="value"/>. Inputs the
    /// form did not render leave the stored value alone; unparsable input is kept as text for the validator to name.
    /// </summary>
    void Bind(IFormCollection form, string name, JsonObject value);
}
