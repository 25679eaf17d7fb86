using Cms.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Media;

/// <summary>The media library: browse folders, upload several files, create folders, rename/move and delete.</summary>
public sealed class IndexModel : PageModel
{
    private readonly MediaLibrary _media;
    private readonly AdminCaller _caller;

    public IndexModel(MediaLibrary media, AdminCaller caller)
    {
        _media = media;
        _caller = caller;
    }

    [BindProperty(SupportsGet = true)]
    public string? Path { get; set; }

    public IReadOnlyList<string> Folders { get; private set; } = [];

    public IReadOnlyList<MediaFile> Files { get; private set; } = [];

    public bool CanManage => _caller.Has(PermissionCatalog.ManageMediaContent);

    public string Limits => $"Up to {_media.MaxFileSize / 1_000_000} MB each; {string.Join(" ", _media.AllowedExtensions)}";

    public IActionResult OnGet()
    {
        if (!_caller.Has(PermissionCatalog.ViewMediaContent))
        {
            return Forbid();
        }

        return (IActionResult?)Load() ?? Page();
    }

    public IActionResult OnGetFiles() =>
        _caller.Has(PermissionCatalog.ViewMediaContent) ? new JsonResult(_media.AllFiles()) : Forbid();

    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        var saved = new List<string>();
        var errors = new List<string>();
        foreach (var file in files)
        {
            if (_media.CheckUpload(file.FileName, file.Length) is { } problem)
            {
                errors.Add(problem);
                continue;
            }

            await using var stream = file.OpenReadStream();
            saved.Add(await _media.SaveAsync(Path, file.FileName, stream, cancellationToken));
        }

        if (Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal))
        {
            return errors.Count > 0 ? BadRequest(string.Join(" ", errors)) : new JsonResult(saved);
        }

        return Done(errors.Count > 0 ? string.Join(" ", errors) : null, $"{saved.Count} file(s) uploaded.");
    }

    public IActionResult OnPostCreateFolder(string name) => Change(() => _media.CreateFolder(Path, name.Trim()), $"Folder '{name}' created.");

    public IActionResult OnPostRename(string item, string newName) =>
        Change(() => _media.Move(item, MediaLibrary.CombineMedia(System.IO.Path.GetDirectoryName(item)?.Replace('\\', '/'), newName.Trim())), "Renamed.");

    public IActionResult OnPostMove(string item, string folder) =>
        Change(() => _media.Move(item, MediaLibrary.CombineMedia(folder.Trim('/'), System.IO.Path.GetFileName(item))), "Moved.");

    public IActionResult OnPostDelete(string item) => Change(() => _media.Delete(item), "Deleted.");

    private IActionResult Change(Action change, string message)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        try
        {
            change();
            return Done(null, message);
        }
        catch (MediaException problem)
        {
            return Done(problem.Message, message);
        }
    }

    private RedirectResult Done(string? error, string message)
    {
        TempData[error is null ? "Message" : "Error"] = error ?? message;
        return Redirect($"/admin/media{(string.IsNullOrEmpty(Path) ? "" : "?path=" + Uri.EscapeDataString(Path))}");
    }

    private NotFoundResult? Load()
    {
        try
        {
            Folders = _media.Folders(Path);
            Files = _media.Files(Path);
            return null;
        }
        catch (Exception problem) when (problem is MediaException or DirectoryNotFoundException)
        {
            return NotFound();
        }
    }
}
