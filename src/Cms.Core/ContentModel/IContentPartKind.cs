using Cms.Core.Indexing;

namespace Cms.Core.ContentModel;

/// <summary>A part kind (TitlePart, AutoroutePart, ...): derives values, validates and maps the part to index rows.</summary>
public interface IContentPartKind
{
    /// <summary>The PartName used in definitions, e.g. "TitlePart".</summary>
    string Name { get; }

    /// <summary>Runs before validation on every save: derived values such as DisplayText or a generated path.</summary>
    void Prepare(ContentPartContext context);

    void Validate(ContentPartContext context, ContentValidationResult result);

    void Index(ContentPartContext context, ContentIndexEntries entries);
}
