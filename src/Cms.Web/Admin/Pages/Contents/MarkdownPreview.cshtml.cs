using Cms.Core.Parts.MarkdownBodyPart;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>The Markdown editor's live preview, rendered and sanitised exactly as readers will get it.</summary>
public sealed class MarkdownPreviewModel : PageModel
{
    public IActionResult OnPost(string? markdown) =>
        Content(MarkdownRenderer.ToHtml(markdown, sanitize: true), "text/html");
}
