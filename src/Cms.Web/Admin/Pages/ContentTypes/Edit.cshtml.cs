using Cms.Core.Content;
using Cms.Core.Definitions;
using Cms.Core.Querying;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.ContentTypes;

/// <summary>One type: display name, flags, stereotype, its parts and their order, the fields of its own part, delete.</summary>
public sealed class EditModel : ContentTypesPage
{
    public EditModel(ContentStore content, AdminCaller caller)
        : base(content, caller)
    {
    }

    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    [BindProperty]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    public bool Creatable { get; set; }

    [BindProperty]
    public bool Listable { get; set; }

    [BindProperty]
    public bool Draftable { get; set; }

    [BindProperty]
    public bool Versionable { get; set; }

    [BindProperty]
    public bool Securable { get; set; }

    [BindProperty]
    public string? Stereotype { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string PartName { get; set; } = "";

    [BindProperty]
    public string? PartTechnicalName { get; set; }

    [BindProperty]
    public string? PartDisplayName { get; set; }

    public ContentTypeDefinition? Type => Definitions.FindType(Name);

    public IReadOnlyList<string> AttachableParts => DefinitionEdits.AttachableParts(Definitions);

    public IActionResult OnGet()
    {
        if ((DenyView() ?? Missing()) is { } result)
        {
            return result;
        }

        var flags = Type!.TypeSettings;
        (DisplayName, Creatable, Listable, Draftable, Versionable, Securable, Stereotype, Description) =
            (Type.DisplayName, flags.Creatable, flags.Listable, flags.Draftable, flags.Versionable, flags.Securable, flags.Stereotype, flags.Description);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if ((DenyEdit() ?? Missing()) is { } result)
        {
            return result;
        }

        var flags = new ContentTypeSettings(Creatable, Listable, Draftable, Versionable, Securable, Stereotype, Description);
        return await SaveAsync(document => DefinitionEdits.UpdateType(document, document.FindType(Name)!, DisplayName, flags), cancellationToken)
            ? Done("The content type was saved.")
            : Page();
    }

    public async Task<IActionResult> OnPostAddPartAsync(CancellationToken cancellationToken)
    {
        if ((DenyEdit() ?? Missing()) is { } result)
        {
            return result;
        }

        ResetTypeForm();
        ModelState.Clear();
        return await SaveAsync(document => DefinitionEdits.AddPart(document, document.FindType(Name)!, PartName, PartTechnicalName, PartDisplayName), cancellationToken)
            ? Done($"The part {(string.IsNullOrWhiteSpace(PartTechnicalName) ? PartName : PartTechnicalName.Trim())} was added.")
            : Page();
    }

    public Task<IActionResult> OnPostMovePartAsync(string part, int delta, CancellationToken cancellationToken) =>
        ChangeTypeAsync(type => DefinitionEdits.MovePart(type, part, delta), "The parts were reordered.", cancellationToken);

    public Task<IActionResult> OnPostRemovePartAsync(string part, CancellationToken cancellationToken) =>
        ChangeTypeAsync(type => DefinitionEdits.RemovePart(type, part), $"The part {part} was removed.", cancellationToken);

    public async Task<IActionResult> OnPostAddFieldAsync(CancellationToken cancellationToken)
    {
        if ((DenyEdit() ?? Missing()) is { } result)
        {
            return result;
        }

        ResetTypeForm();
        return await AddFieldAsync(Name, cancellationToken) ? Done($"The field {FieldDisplayName.Trim()} was added.") : Page();
    }

    public async Task<IActionResult> OnPostMoveFieldAsync(string field, int delta, CancellationToken cancellationToken) =>
        (DenyEdit() ?? Missing()) ?? (await ChangePartAsync(Name, part => DefinitionEdits.MoveField(part, field, delta), cancellationToken)
            ? Done("The fields were reordered.") : Page());

    public async Task<IActionResult> OnPostRemoveFieldAsync(string field, CancellationToken cancellationToken) =>
        (DenyEdit() ?? Missing()) ?? (await ChangePartAsync(Name, part => DefinitionEdits.RemoveField(part, field), cancellationToken)
            ? Done($"The field {field} was removed.") : Held());

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if ((DenyEdit() ?? Missing()) is { } result)
        {
            return result;
        }

        await using (var read = await Store.Documents.OpenReadSessionAsync(cancellationToken))
        {
            var count = await read.CountAsync(new ContentQuery { ContentTypes = [Name], Status = ContentStatus.Latest }, cancellationToken);
            if (count > 0)
            {
                TempData["Error"] = $"The type {Name} still has {count} content item(s); delete them first.";
                return Redirect($"/admin/content-types/{Escape(Name)}");
            }
        }

        await SaveAsync(document =>
        {
            DefinitionEdits.DeleteType(document, Name);
            return null;
        }, cancellationToken);
        TempData["Message"] = $"The content type {Name} was deleted.";
        return Redirect("/admin/content-types");
    }

    private async Task<IActionResult> ChangeTypeAsync(Action<ContentTypeDefinition> change, string message, CancellationToken cancellationToken)
    {
        if ((DenyEdit() ?? Missing()) is { } result)
        {
            return result;
        }

        return await SaveAsync(document =>
        {
            change(document.FindType(Name)!);
            return null;
        }, cancellationToken)
            ? Done(message)
            : Held();
    }

    private void ResetTypeForm()
    {
        var flags = Type!.TypeSettings;
        (DisplayName, Creatable, Listable, Draftable, Versionable, Securable, Stereotype, Description) =
            (Type.DisplayName, flags.Creatable, flags.Listable, flags.Draftable, flags.Versionable, flags.Securable, flags.Stereotype, flags.Description);
    }

    /// <summary>The page again, with the type's own values in its form, when an edit was held back.</summary>
    private PageResult Held()
    {
        ResetTypeForm();
        return Page();
    }

    private NotFoundResult? Missing() => Type is null ? NotFound() : null;

    private RedirectResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect($"/admin/content-types/{Escape(Name)}");
    }
}
