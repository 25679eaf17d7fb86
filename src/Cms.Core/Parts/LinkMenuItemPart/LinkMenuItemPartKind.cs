using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.LinkMenuItemPart;

/// <summary>
/// LinkMenuItemPart: <c>{ "Name", "Url", "Target" }</c>, a menu entry linking to a URL. Its Name is the item's
/// DisplayText (menu item types have no TitlePart), as Orchard's handler makes it.
/// </summary>
internal sealed class LinkMenuItemPartKind : IContentPartKind
{
    public const string KindName = "LinkMenuItemPart";

    public string Name => KindName;

    public IReadOnlyList<SettingDescriptor> Settings { get; } = [];

    public void Prepare(ContentPartContext context)
    {
        if (ContentJson.GetString(context.Part, "Name") is { Length: > 0 } name)
        {
            context.Item.DisplayText = name;
        }
    }

    public void Validate(ContentPartContext context, ContentValidationResult result)
    {
        PartJson.ReadString(context, "Name", result);
        PartJson.ReadString(context, "Target", result);
        LinkUrl.Validate(context, "Url", result);
    }

    public void Index(ContentPartContext context, ContentIndexEntries entries)
    {
        // Menu entries are read with their menu, never filtered on.
    }
}
