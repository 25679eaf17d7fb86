using Cms.Core.Content;
using Cms.Core.Definitions;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Admin.Pages.ContentTypes;

/// <summary>The content types and reusable parts; creates a type with Orchard's admin defaults, or a reusable part.</summary>
public sealed class IndexModel : ContentTypesPage
{
    public IndexModel(ContentStore content, AdminCaller caller)
        : base(content, caller)
    {
    }

    [BindProperty]
    public string DisplayName { get; set; } = "";

    /// <summary>The technical name; empty means derived from the display name.</summary>
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string NewPartName { get; set; } = "";

    /// <summary>Part definitions that are not a type's own part.</summary>
    public IReadOnlyList<ContentPartDefinition> ReusableParts =>
        Definitions.Parts.Where(p => Definitions.FindType(p.Name) is null).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();

    public IActionResult OnGet() => DenyView() ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (DenyEdit() is { } denied)
        {
            return denied;
        }

        var name = string.IsNullOrWhiteSpace(Name) ? TechnicalNameValidator.ToTechnicalName(DisplayName) : Name.Trim();
        ModelState.Clear();
        if (!await SaveAsync(document => DefinitionEdits.CreateType(document, DisplayName, name), cancellationToken))
        {
            Name = name;
            return Page();
        }

        TempData["Message"] = $"The content type {DisplayName.Trim()} was created.";
        return Redirect($"/admin/content-types/{Escape(name)}");
    }

    public async Task<IActionResult> OnPostCreatePartAsync(CancellationToken cancellationToken)
    {
        if (DenyEdit() is { } denied)
        {
            return denied;
        }

        ModelState.Clear();
        if (!await SaveAsync(document => DefinitionEdits.CreatePart(document, NewPartName), cancellationToken))
        {
            return Page();
        }

        TempData["Message"] = $"The part {NewPartName.Trim()} was created.";
        return Redirect($"/admin/content-types/parts/{Escape(NewPartName.Trim())}");
    }
}
