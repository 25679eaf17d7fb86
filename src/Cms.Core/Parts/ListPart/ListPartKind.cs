using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.ListPart;

/// <summary>
/// ListPart: <c>{}</c>. The list's items point at it through their ContainedPart, so the list itself
/// holds nothing to prepare, check or index.
/// </summary>
internal sealed class ListPartKind : IContentPartKind
{
    public const string KindName = "ListPart";

    public string Name => KindName;

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [
        new(ListPartSettings.Key, "ContainedContentTypes", SettingKind.Types, "Content types the list may hold"),
        new(ListPartSettings.Key, "PageSize", SettingKind.WholeNumber, "Items per page"),
        SettingDescriptor.Flag(ListPartSettings.Key, "EnableOrdering", "Editors may order the items"),
    ];

    public bool Reusable => true;

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
