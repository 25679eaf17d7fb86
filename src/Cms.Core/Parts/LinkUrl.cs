using Cms.Core.ContentModel;

namespace Cms.Core.Parts;

/// <summary>
/// The URL of a menu link: relative (<c>/about</c>, <c>~/about</c>, <c>#top</c>) or absolute with a scheme a front end can
/// follow safely. <c>javascript:</c>, <c>data:</c> and the like are refused, since every front end renders menus as links.
/// </summary>
internal static class LinkUrl
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    public static void Validate(ContentPartContext context, string property, ContentValidationResult result)
    {
        if (PartJson.ReadString(context, property, result) is not { Length: > 0 } url)
        {
            return;
        }

        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var firstSeparator = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstSeparator < 0 || colon < firstSeparator);
        if (hasScheme && !AllowedSchemes.Contains(trimmed[..colon].Trim().ToLowerInvariant(), StringComparer.Ordinal))
        {
            result.Add(PartJson.Pointer(context, property),
                $"The {context.TypePart.Name} part's {property} '{url}' uses the scheme '{trimmed[..colon]}'; use http, https, mailto, tel or a path.");
        }
    }
}
