using System.Text.Json.Nodes;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.ContentModel;

/// <summary>
/// A field kind (TextField, NumericField, ...), the one description of it the rest of the CMS reads: its
/// settings, validation, index rows and preview value. Kinds are found by <see cref="ContentKindCatalog"/>; the
/// admin editor and the GraphQL shape of each live in a folder of the same name in Cms.Web and Cms.GraphQL.
/// </summary>
public interface IContentFieldKind
{
    /// <summary>The FieldName used in definitions, e.g. "TextField".</summary>
    string Name { get; }

    /// <summary>The settings the type editor offers for a field of this kind (Orchard's settings class and properties).</summary>
    IReadOnlyList<SettingDescriptor> Settings { get; }

    /// <summary>The property a missing value is reported at ("Text" makes "/Letter/Recipient/Text").</summary>
    string ValueProperty { get; }

    /// <summary>
    /// True when the field holds a value in the sense of its Required setting. A wrongly typed value counts as
    /// present: <see cref="Validate"/> names it.
    /// </summary>
    bool HasValue(ContentFieldContext context);

    /// <summary>Runs before validation on every save: derived or cleaned values, such as sanitised HTML.</summary>
    void Prepare(ContentFieldContext context)
    {
    }

    /// <summary>Checks the value's shape and the kind's own settings; Required is checked once for every kind, by the validator.</summary>
    void Validate(ContentFieldContext context, ContentValidationResult result);

    void Index(ContentFieldContext context, ContentIndexEntries entries);

    /// <summary>The field's value as preview templates read it (text, number, date text, lists of plain values).</summary>
    object? PreviewValue(JsonObject? value);
}
