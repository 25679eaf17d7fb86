using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>Preview of the latest version, or the draft and the published version side by side (needs PreviewContent).</summary>
public sealed class PreviewModel : PageModel
{
    private readonly ContentStore _content;
    private readonly AdminCaller _caller;

    public PreviewModel(ContentStore content, AdminCaller caller)
    {
        _content = content;
        _caller = caller;
    }

    public string Id { get; private set; } = "";

    public bool Compare { get; private set; }

    public ContentDisplay? Latest { get; private set; }

    public ContentDisplay? Published { get; private set; }

    public ContentComparison? Comparison { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string mode, CancellationToken cancellationToken)
    {
        await using var session = await _content.Documents.OpenReadSessionAsync(cancellationToken);
        var latest = await session.GetContentItemAsync(id, VersionOptions.Latest, cancellationToken);
        if (latest is null)
        {
            return NotFound();
        }

        if (!_caller.Can(ContentAction.Preview, latest))
        {
            return Forbid();
        }

        Id = id;
        Compare = mode == "compare";
        var time = await SiteTime.LoadAsync(session, cancellationToken);
        Latest = await ContentDisplay.LoadAsync(session, latest, _caller, time, cancellationToken);
        if (Compare && await session.GetContentItemAsync(id, VersionOptions.Published, cancellationToken) is { } published)
        {
            Published = await ContentDisplay.LoadAsync(session, published, _caller, time, cancellationToken);
        }

        if (Compare)
        {
            Comparison = ContentComparison.Between("Published", Published, latest.Published ? "Published" : "Draft", Latest);
        }

        return Page();
    }
}
