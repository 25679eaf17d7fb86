using Cms.Core.ContentModel;
using Cms.Core.Definitions;

namespace Cms.Core.Parts.PreviewPart;

/// <summary>
/// Orchard's PreviewPart settings: <c>{ "PreviewPartSettings": { "Pattern": "…" } }</c>, a Liquid template for the
/// URL where the type's items are shown in the site's own front end. Besides <c>ContentItem</c>, the pattern sees
/// <c>token</c>, the preview token that lets that front end read the draft through GraphQL. The part stores no
/// content, so it needs no kind in <see cref="ContentKindCatalog"/>.
/// </summary>
public sealed record PreviewPartSettings(string Pattern)
{
    public const string PartName = "PreviewPart";
    public const string Key = "PreviewPartSettings";

    /// <summary>The type's pattern, or null when it has no PreviewPart or an empty pattern.</summary>
    public static PreviewPartSettings? From(ContentTypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.FindPart(PartName) is { } part && SettingsReader.GetString(part.Settings, Key, "Pattern") is { Length: > 0 } pattern
            ? new PreviewPartSettings(pattern)
            : null;
    }

    /// <summary>
    /// The URL for one item, or null unless the pattern renders to an absolute http(s) URL: the result becomes a
    /// link in the editor, and an item's own values (its path) must not turn it into a script or a relative link.
    /// </summary>
    public Uri? RenderUrl(ContentItem item, string token)
    {
        ArgumentNullException.ThrowIfNull(item);
        var rendered = LiquidPatternRenderer.Default.Render(Pattern, item, values: new Dictionary<string, string> { ["token"] = token });
        return Uri.TryCreate(rendered, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url
            : null;
    }
}
