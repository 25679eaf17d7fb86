using System.Text.Json.Nodes;
using Cms.Core.ContentModel;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>A new item that translates another: a copy of the source's parts in the source's localization set, in another culture.</summary>
internal static class TranslationDraft
{
    public static void Prefill(ContentItem item, ContentItem source, string? culture)
    {
        foreach (var (name, value) in source.Content)
        {
            // Where the source sits in a list is its own; the translation is placed by whoever translates it.
            if (name != "ContainedPart")
            {
                item.Content[name] = value?.DeepClone();
            }
        }

        item.DisplayText = source.DisplayText;
        var localization = item.GetOrCreatePart("LocalizationPart");
        localization["LocalizationSet"] = ContentJson.GetString(source.GetPart("LocalizationPart"), "LocalizationSet") is { Length: > 0 } set
            ? set
            : IdGenerator.NewId();
        localization["Culture"] = culture ?? "";
    }
}
