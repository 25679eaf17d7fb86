using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.ContentModel;

/// <summary>
/// A part kind (TitlePart, AutoroutePart, ...), the one description of it the rest of the CMS reads: its settings,
/// derived values, validation and index rows. Kinds are found by <see cref="ContentKindCatalog"/>; the admin editor
/// and the GraphQL shape of each live in a folder of the same name in Cms.Web and Cms.GraphQL.
/// </summary>
public interface IContentPartKind
{
    /// <summary>The PartName used in definitions, e.g. "TitlePart".</summary>
    string Name { get; }

    /// <summary>The settings the type editor offers for this part on a type (Orchard's settings class and properties).</summary>
    IReadOnlyList<SettingDescriptor> Settings { get; }

    /// <summary>True when a type may hold the part more than once under different names (Orchard's reusable parts).</summary>
    bool Reusable => false;

    /// <summary>Runs before validation on every save: derived values such as DisplayText or a generated path.</summary>
    void Prepare(ContentPartContext context);

    void Validate(ContentPartContext context, ContentValidationResult result);

    void Index(ContentPartContext context, ContentIndexEntries entries);
}
