using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.AliasPart;

/// <summary>
/// AliasPart: <c>{ "Alias" }</c>, a stable handle for front ends, indexed lower-case. Uniqueness needs the
/// store, so the storage layer checks it.
/// </summary>
internal sealed class AliasPartKind : IContentPartKind
{
    public const int MaxAliasLength = 735;

    public const string KindName = "AliasPart";

    public string Name => KindName;

    public IReadOnlyList<SettingDescriptor> Settings { get; } = [SettingDescriptor.Text(AliasPartSettings.Key, "Pattern", "Pattern (Liquid)")];

    public void Prepare(ContentPartContext context)
    {
        if (!ContentJson.TryGetString(context.Part, "Alias", out var alias))
        {
            return;
        }

        var settings = AliasPartSettings.From(context.TypePart);
        if ((string.IsNullOrWhiteSpace(alias) || settings.Options == AliasPartOptions.GeneratedDisabled)
            && LiquidPatternRenderer.Default.Render(settings.Pattern, context.Item, context.Container) is { Length: > 0 } generated)
        {
            context.Part["Alias"] = generated.Length > MaxAliasLength ? generated[..MaxAliasLength] : generated;
        }
    }

    public void Validate(ContentPartContext context, ContentValidationResult result)
    {
        PartJson.ValidatePattern(context, "AliasPartSettings.Pattern", AliasPartSettings.From(context.TypePart).Pattern, result);
        if (PartJson.ReadString(context, "Alias", result) is { Length: > MaxAliasLength })
        {
            result.Add(PartJson.Pointer(context, "Alias"), $"The alias can't be longer than {MaxAliasLength} characters.");
        }
    }

    public void Index(ContentPartContext context, ContentIndexEntries entries)
    {
        if (ContentJson.GetString(context.Part, "Alias") is { Length: > 0 } alias)
        {
            // Aliases are looked up ignoring case; the index holds the lower-case form to make that a plain equality.
            entries.Alias = alias.ToLowerInvariant();
        }
    }
}
