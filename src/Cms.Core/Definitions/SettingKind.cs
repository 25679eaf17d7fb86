namespace Cms.Core.Definitions;

/// <summary>How one setting is edited and stored in a definition's settings JSON.</summary>
public enum SettingKind
{
    Text,
    Flag,
    WholeNumber,
    AnyNumber,

    /// <summary>A list of strings, one per line in the form, a JSON array in the definition.</summary>
    Lines,

    /// <summary>A list of content type names, chosen with checkboxes.</summary>
    Types,

    /// <summary>One of <see cref="SettingDescriptor.Choices"/>, stored as its index (Orchard serialises enums as numbers).</summary>
    Choice,

    /// <summary>A content item id of a Taxonomy item, chosen from a list.</summary>
    Taxonomy,

    /// <summary>A multi-text field's options: one "name|value" per line, a JSON array of {name, value, default}.</summary>
    Options,
}
