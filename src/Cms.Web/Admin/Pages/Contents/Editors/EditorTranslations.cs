using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Settings;
using Cms.Core.Storage;

namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>The site's cultures and, for a stored item, which of them its localization set has (published, draft or missing).</summary>
internal static class EditorTranslations
{
    public static async Task<(IReadOnlyList<string> Cultures, IReadOnlyList<TranslationStatus> Translations)> LoadAsync(
        SqlSession session, JsonObject parts, string? contentItemId, Func<ContentItem, bool> canRead, CancellationToken cancellationToken)
    {
        var cultures = LocalizationSettings.From(await SiteSettings.LoadAsync(session, cancellationToken)).SupportedCultures;
        var localization = parts["LocalizationPart"] as JsonObject;
        if (contentItemId is null || ContentJson.GetString(localization, "LocalizationSet") is not { Length: > 0 } set)
        {
            return (cultures, []);
        }

        var latest = await LocalizationSets.MembersAsync(session, [set], published: false, cancellationToken);
        var published = (await LocalizationSets.MembersAsync(session, [set], published: true, cancellationToken))
            .Select(m => m.ContentItemId).ToHashSet(StringComparer.Ordinal);
        var readable = await RelatedContentItems.LoadAsync(session, latest.Select(m => m.ContentItemId).ToHashSet(StringComparer.Ordinal), canRead, cancellationToken);
        var own = ContentJson.GetString(localization, "Culture");
        var statuses = new List<TranslationStatus>();
        foreach (var culture in cultures.Where(c => !string.Equals(c, own, StringComparison.Ordinal)))
        {
            var member = latest.FirstOrDefault(m => m.Culture == culture && readable.ContainsKey(m.ContentItemId));
            statuses.Add(member is null
                ? new TranslationStatus(culture, null, "missing")
                : new TranslationStatus(culture, member.ContentItemId, published.Contains(member.ContentItemId) ? "published" : "draft"));
        }

        return (cultures, statuses);
    }
}
