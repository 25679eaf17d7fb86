using Cms.Core.Definitions;
using Cms.Core.Indexing;
namespace Cms.Core.ContentModel;
public sealed class ContentItemValidator
{
    private readonly ContentKindCatalog _c; public ContentItemValidator(ContentKindCatalog catalog) { _c = catalog; }
    public ContentValidationResult Validate(ContentDefinitionDocument definitions, ContentItem item, ContentItem? container) { _ = definitions; _ = item; _ = container; _ = _c; return new ContentValidationResult(); }
    public ContentIndexEntries BuildIndexEntries(ContentDefinitionDocument definitions, ContentItem item) { _ = definitions; _ = item; _ = _c; return new ContentIndexEntries(); }
}
public sealed class ContentKindCatalog { public static ContentKindCatalog Default { get; } = new(); }
