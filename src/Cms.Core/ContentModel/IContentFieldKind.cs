using Cms.Core.Indexing;

namespace Cms.Core.ContentModel;

/// <summary>A field kind (TextField, NumericField, ...): validates its JSON value and maps it to index rows.</summary>
public interface IContentFieldKind
{
    /// <summary>The FieldName used in definitions, e.g. "TextField".</summary>
    string Name { get; }

    void Validate(ContentFieldContext context, ContentValidationResult result);

    void Index(ContentFieldContext context, ContentIndexEntries entries);
}
