using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.LocalizationPart;

/// <summary>
/// LocalizationPart: <c>{ "LocalizationSet", "Culture" }</c>. Translations of one item share a localization set;
/// each has its own culture. An item saved without a set starts a new one, as Orchard does on create.
/// </summary>
internal sealed class LocalizationPartKind : IContentPartKind
{
    public const string KindName = "LocalizationPart";

    public string Name => KindName;

    public IReadOnlyList<SettingDescriptor> Settings { get; } = [];

    public void Prepare(ContentPartContext context)
    {
        if (string.IsNullOrWhiteSpace(ContentJson.GetString(context.Part, "LocalizationSet")))
        {
            context.Part["LocalizationSet"] = IdGenerator.NewId();
        }
    }

    public void Validate(ContentPartContext context, ContentValidationResult result)
    {
        PartJson.ReadString(context, "LocalizationSet", result);
        if (PartJson.ReadString(context, "Culture", result) is { Length: > 0 } culture && !CultureNames.IsWellFormed(culture))
        {
            result.Add(PartJson.Pointer(context, "Culture"), $"'{culture}' is not a culture name such as 'en' or 'fr-CA'.");
        }
    }

    public void Index(ContentPartContext context, ContentIndexEntries entries)
    {
        if (ContentJson.GetString(context.Part, "Culture") is { Length: > 0 } culture
            && ContentJson.GetString(context.Part, "LocalizationSet") is { Length: > 0 } set)
        {
            entries.Localization = new LocalizationIndexEntry(set, culture);
        }
    }
}
