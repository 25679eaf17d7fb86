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

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ViewMediaContent))
        {
            return Forbid();
        }

        return (IActionResult?)await LoadAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnGetFilesAsync(CancellationToken cancellationToken) =>
        _caller.Has(PermissionCatalog.ViewMediaContent) ? new JsonResult(await _media.AllFilesAsync(cancellationToken)) : Forbid();

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

    public Task<IActionResult> OnPostCreateFolderAsync(string name, CancellationToken cancellationToken) =>
        ChangeAsync(() => _media.CreateFolderAsync(Path, name, cancellationToken), $"Folder '{name}' created.");

    public Task<IActionResult> OnPostRenameAsync(string item, string newName, CancellationToken cancellationToken) =>
        ChangeAsync(() => _media.RenameAsync(item, newName, cancellationToken), "Renamed.");

    public Task<IActionResult> OnPostMoveAsync(string item, string folder, CancellationToken cancellationToken) =>
        ChangeAsync(() => _media.MoveToFolderAsync(item, folder ?? "", cancellationToken), "Moved.");

    public Task<IActionResult> OnPostDeleteAsync(string item, CancellationToken cancellationToken) =>
        ChangeAsync(() => _media.DeleteAsync(item, cancellationToken), "Deleted.");

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string message)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        try
        {
            await change();
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

    private async Task<NotFoundResult?> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Folders = await _media.FoldersAsync(Path, cancellationToken);
            Files = await _media.FilesAsync(Path, cancellationToken);
            return null;
        }
        catch (MediaException)
        {
            return NotFound();
        }
    }
}
