using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.TitlePart;

/// <summary>TitlePart: <c>{ "Title" }</c>, the source of the item's DisplayText.</summary>
internal sealed class TitlePartKind : IContentPartKind
{
    public const string KindName = "TitlePart";

    public string Name => KindName;

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [
        new(TitlePartSettings.Key, "Options", SettingKind.Choice, "Title") { Choices = Enum.GetNames<TitlePartOptions>() },
        SettingDescriptor.Text(TitlePartSettings.Key, "Pattern", "Pattern (Liquid) for a generated title"),
    ];

    public void Prepare(ContentPartContext context)
    {
        var settings = TitlePartSettings.From(context.TypePart);
        if (settings.IsGenerated
            && LiquidPatternRenderer.Default.Render(settings.Pattern!, context.Item, context.Container) is { } title)
        {
            context.Part["Title"] = title;
        }

        // An item imported without a title keeps the DisplayText it came with.
        if (context.Part.ContainsKey("Title"))
        {
            context.Item.DisplayText = ContentJson.GetString(context.Part, "Title");
        }
    }

    public void Validate(ContentPartContext context, ContentValidationResult result)
    {
        var settings = TitlePartSettings.From(context.TypePart);
        var title = PartJson.ReadString(context, "Title", result);
        if (settings.IsGenerated)
        {
            PartJson.ValidatePattern(context, "TitlePartSettings.Pattern", settings.Pattern, result);
        }
        else if (settings.Options == TitlePartOptions.EditableRequired && string.IsNullOrWhiteSpace(title))
        {
            // Absent counts as empty: an item posted or imported without a title must not publish untitled.
            result.Add(PartJson.Pointer(context, "Title"), $"The {context.TypePart.DisplayName ?? "Title"} field is required.");
        }
    }

    public void Index(ContentPartContext context, ContentIndexEntries entries)
    {
        // The title reaches the index as the item's DisplayText.
    }
}
