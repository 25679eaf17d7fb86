using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.TermPart;

/// <summary>
/// TermPart: <c>{ "TaxonomyContentItemId" }</c> on each term inside a TaxonomyPart; TaxonomyPart sets it.
/// Orchard adds it to term items without it being in their type, so it has no settings.
/// </summary>
internal sealed class TermPartKind : IContentPartKind
{
    public const string KindName = "TermPart";

    public string Name => KindName;

    public IReadOnlyList<SettingDescriptor> Settings { get; } = [];

    public void Prepare(ContentPartContext context)
    {
    }

    public void Validate(ContentPartContext context, ContentValidationResult result) =>
        PartJson.ReadString(context, "TaxonomyContentItemId", result);

    public void Index(ContentPartContext context, ContentIndexEntries entries)
    {
        // Terms are indexed through the TaxonomyFields that select them.
    }
}
