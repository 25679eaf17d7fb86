using Cms.Core.Indexing;

namespace Cms.Core.ContentModel;

/// <summary>A field kind (TextField, NumericField, ...): validates its JSON value and maps it to index rows.</summary>
public interface IContentFieldKind
{
    /// <summary>The FieldName used in definitions, e.g. "TextField".</summary>
    string Name { get; }

    /// <summary>Runs before validation on every save: derived or cleaned values, such as sanitised HTML.</summary>
    void Prepare(ContentFieldContext context)
    {
    }

    void Validate(ContentFieldContext context, ContentValidationResult result);

    void Index(ContentFieldContext context, ContentIndexEntries entries);
}
