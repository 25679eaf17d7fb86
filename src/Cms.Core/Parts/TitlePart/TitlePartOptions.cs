namespace Cms.Core.Parts.TitlePart;

/// <summary>How a title is edited (Orchard's TitlePartOptions, same order for numeric settings).</summary>
internal enum TitlePartOptions
{
    /// <summary>The editor types the title; it may be empty.</summary>
    Editable,

    /// <summary>The title comes from the pattern; the editor shows it read-only.</summary>
    GeneratedDisabled,

    /// <summary>The title comes from the pattern; the editor hides it.</summary>
    GeneratedHidden,

    /// <summary>The editor types the title and must not leave it empty.</summary>
    EditableRequired,
}
