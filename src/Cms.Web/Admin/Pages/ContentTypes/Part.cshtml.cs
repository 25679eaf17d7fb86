using Cms.Core.Content;
using Cms.Core.Definitions;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Admin.Pages.ContentTypes;

/// <summary>A part definition's fields (a reusable part, or a type's own part reached from its type).</summary>
public sealed class PartModel : ContentTypesPage
{
    public PartModel(ContentStore content, AdminCaller caller)
        : base(content, caller)
    {
    }

    [BindProperty(SupportsGet = true)]
    public string Part { get; set; } = "";

    public ContentPartDefinition? Definition => Definitions.FindPart(Part);

    /// <summary>The types using this part, by their type part name.</summary>
    public IReadOnlyList<ContentTypeDefinition> UsedBy => Definitions.Types.Where(t => t.Parts.Exists(p => p.PartName == Part)).ToList();

    public IActionResult OnGet() => (DenyView() ?? Missing()) ?? Page();

    public async Task<IActionResult> OnPostAddFieldAsync(CancellationToken cancellationToken) =>
        (DenyEdit() ?? Missing()) ?? (await AddFieldAsync(Part, cancellationToken) ? Done($"The field {FieldDisplayName.Trim()} was added.") : Page());

    public async Task<IActionResult> OnPostMoveFieldAsync(string field, int delta, CancellationToken cancellationToken) =>
        (DenyEdit() ?? Missing()) ?? (await ChangePartAsync(Part, part => DefinitionEdits.MoveField(part, field, delta), cancellationToken)
            ? Done("The fields were reordered.") : Page());

    public async Task<IActionResult> OnPostRemoveFieldAsync(string field, CancellationToken cancellationToken) =>
        (DenyEdit() ?? Missing()) ?? (await ChangePartAsync(Part, part => DefinitionEdits.RemoveField(part, field), cancellationToken)
            ? Done($"The field {field} was removed.") : Page());

    /// <summary>Deletes a reusable part that no type uses.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if ((DenyEdit() ?? Missing()) is { } result)
        {
            return result;
        }

        if (UsedBy.Count > 0 || Definitions.FindType(Part) is not null)
        {
            TempData["Error"] = $"The part {Part} is used by {string.Join(", ", UsedBy.Select(t => t.DisplayName))}; remove it from those types first.";
            return Redirect($"/admin/content-types/parts/{Escape(Part)}");
        }

        await SaveAsync(document =>
        {
            document.Parts.RemoveAll(p => p.Name == Part);
            return null;
        }, cancellationToken);
        TempData["Message"] = $"The part {Part} was deleted.";
        return Redirect("/admin/content-types");
    }

    private NotFoundResult? Missing() => Definition is null ? NotFound() : null;

    private RedirectResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect($"/admin/content-types/parts/{Escape(Part)}");
    }
}
