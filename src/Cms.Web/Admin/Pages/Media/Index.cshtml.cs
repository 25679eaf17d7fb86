using Cms.Core.Media;
using Cms.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Media;

/// <summary>The media library: browse folders, upload several files, create folders, rename/move and delete.</summary>
public sealed class IndexModel : PageModel
{
    private readonly MediaStore _media;
    private readonly AdminCaller _caller;

    public IndexModel(MediaStore media, AdminCaller caller)
    {
        _media = media;
        _caller = caller;
    }

    [BindProperty(SupportsGet = true)]
    public string? Path { get; set; }

    public IReadOnlyList<string> Folders { get; private set; } = [];

    public IReadOnlyList<MediaFile> Files { get; private set; } = [];

    public bool CanManage => _caller.Has(PermissionCatalog.ManageMediaContent);

    public string Limits =>
        $"Up to {_media.Options.MaxFileSize / 1_000_000} MB each; {string.Join(" ", _media.Options.AllowedFileExtensions.Order(StringComparer.Ordinal))}";

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
            try
            {
                await using var stream = file.OpenReadStream();
                saved.Add(await _media.SaveAsync(Path, file.FileName, file.Length, stream, cancellationToken));
            }
            catch (MediaException problem)
            {
                errors.Add(problem.Message);
            }
        }

        if (Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal))
        {
            return errors.Count > 0 ? BadRequest(string.Join(" ", errors)) : new JsonResult(saved);
        }

        return Done(errors.Count > 0 ? string.Join(" ", errors) : null, $"{saved.Count} file(s) uploaded.");
    }

    public IActionResult OnPostCreateFolder(string name) => Change(() => _media.CreateFolder(Path, name), $"Folder '{name}' created.");

    public IActionResult OnPostRename(string item, string newName) => Change(() => _media.Rename(item, newName), "Renamed.");

    public IActionResult OnPostMove(string item, string folder) => Change(() => _media.MoveToFolder(item, folder ?? ""), "Moved.");

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
            return Done(FieldLabel(problem.Field) + problem.Message, message);
        }
    }

    /// <summary>The form field at fault, as the editor sees it.</summary>
    private static string FieldLabel(string? field) => field switch
    {
        "newName" => "New name: ",
        "folder" => "Move to folder: ",
        "name" => "New folder name: ",
        _ => "",
    };

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
