using Cms.Core.ContentModel;
using Markdig;

namespace Cms.Core.Parts.MarkdownBodyPart;

/// <summary>Turns stored Markdown (MarkdownBodyPart, MarkdownField) into HTML for readers.</summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static string ToHtml(string? markdown, bool sanitize)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return "";
        }

        var html = Markdown.ToHtml(markdown, Pipeline);

        // Markdown passes raw HTML through, so a script typed into Markdown is as dangerous as in HtmlBodyPart.
        return sanitize ? ContentHtmlSanitizer.Sanitize(html) : html;
    }
}
