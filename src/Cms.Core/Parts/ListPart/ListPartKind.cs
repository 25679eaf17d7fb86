using Cms.Core.ContentModel;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.ListPart;

/// <summary>
/// ListPart: <c>{}</c>. The list's items point at it through their ContainedPart, so the list itself
/// holds nothing to prepare, check or index.
/// </summary>
internal sealed class ListPartKind : IContentPartKind
{
    public string Name => "ListPart";

    public void Prepare(ContentPartContext context)
    {
    }

    public void Validate(ContentPartContext context, ContentValidationResult result)
    {
    }

    public void Index(ContentPartContext context, ContentIndexEntries entries)
    {
    }
}
