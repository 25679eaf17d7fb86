using Cms.Core.Content;
using Cms.Core.Definitions;
using Cms.Core.Querying;
using Cms.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.ContentTypes;

/// <summary>
/// What the type, part and field editors share: ViewContentTypes to look, EditContentTypes to change, and
/// one way to save: the edited copy of the definitions through the content session, which re-indexes changed types.
/// </summary>
public abstract class ContentTypesPage : PageModel
{
    protected ContentTypesPage(ContentStore content, AdminCaller caller)
    {
        Store = content;
        Caller = caller;
    }

    protected ContentStore Store { get; }

    protected AdminCaller Caller { get; }

    public bool CanEdit => Caller.Has(PermissionCatalog.EditContentTypes);

    public ContentDefinitionDocument Definitions => Caller.Definitions;

    public IReadOnlyList<(string Name, string DisplayName)> TypeChoices =>
        Definitions.Types.Select(t => (t.Name, t.DisplayName)).OrderBy(t => t.DisplayName, StringComparer.OrdinalIgnoreCase).ToList();

    public IReadOnlyList<(string ContentItemId, string Title)> TaxonomyChoices { get; private set; } = [];

    [BindProperty]
    public string FieldDisplayName { get; set; } = "";

    [BindProperty]
    public string? FieldName { get; set; }

    [BindProperty]
    public string FieldKind { get; set; } = "TextField";

    /// <summary>The editor confirmed an edit that hides stored values (after <see cref="PendingDataLoss"/> asked).</summary>
    [BindProperty]
    public bool ConfirmDataLoss { get; set; }

    /// <summary>Set when the edit was held back because it hides stored values; the page asks for confirmation.</summary>
    public DataLossConfirmation? PendingDataLoss { get; private set; }

    protected IActionResult? DenyView() => Caller.Has(PermissionCatalog.ViewContentTypes) ? null : Forbid();

    protected IActionResult? DenyEdit() => CanEdit ? null : Forbid();

    /// <summary>
    /// Applies <paramref name="edit"/> to a fresh copy of the definitions and saves it, unless it returns an error or it
    /// would hide stored values without <see cref="ConfirmDataLoss"/>.
    /// </summary>
    protected async Task<bool> SaveAsync(Func<ContentDefinitionDocument, (string Field, string Message)?> edit, CancellationToken cancellationToken)
    {
        // The page binds the inputs of all its forms; only the errors of this edit count.
        ModelState.Clear();
        await using var session = await Store.OpenSessionAsync(Caller.Actor, cancellationToken);
        var document = session.Definitions.DeepClone();
        if (edit(document) is { } error)
        {
            ModelState.AddModelError(error.Field, error.Message);
            return false;
        }

        if (!ModelState.IsValid)
        {
            return false;
        }

        if (!ConfirmDataLoss && await ContentDefinitionImpact.HiddenByAsync(session.Definitions, document, session.Reader, cancellationToken) is { Count: > 0 } hidden)
        {
            PendingDataLoss = DataLossConfirmation.For(hidden, Request);
            return false;
        }

        await session.SaveDefinitionsAsync(document, cancellationToken);
        await session.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Adds the posted field to <paramref name="partName"/>; on error the form shows it beside the field.</summary>
    protected Task<bool> AddFieldAsync(string partName, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(FieldName) ? TechnicalNameValidator.ToTechnicalName(FieldDisplayName) : FieldName.Trim();
        ViewData["FieldDisplayName"] = FieldDisplayName;
        ViewData["FieldName"] = name;
        ViewData["FieldKind"] = FieldKind;
        ModelState.Clear();
        return SaveAsync(document => DefinitionEdits.AddField(document, partName, FieldDisplayName, name, FieldKind), cancellationToken);
    }

    protected Task<bool> ChangePartAsync(string partName, Action<ContentPartDefinition> change, CancellationToken cancellationToken) =>
        SaveAsync(document =>
        {
            if (document.FindPart(partName) is { } part)
            {
                change(part);
            }

            return null;
        }, cancellationToken);

    /// <summary>The Taxonomy items, for the taxonomy field's setting.</summary>
    protected async Task LoadTaxonomiesAsync(CancellationToken cancellationToken)
    {
        if (Definitions.FindType("Taxonomy") is null)
        {
            return;
        }

        await using var session = await Store.Documents.OpenReadSessionAsync(cancellationToken);
        var items = await session.QueryAsync(new ContentQuery { ContentTypes = ["Taxonomy"], Status = ContentStatus.Latest }, cancellationToken);
        TaxonomyChoices = items.Select(i => (i.ContentItemId, i.DisplayText ?? i.ContentItemId)).ToList();
    }

    public SettingsFormModel SettingsModel(IReadOnlyList<SettingDescriptor> descriptors, System.Text.Json.Nodes.JsonObject settings) =>
        new(descriptors, settings, TypeChoices, TaxonomyChoices,
            ModelState.Where(e => e.Value is { Errors.Count: > 0 }).ToDictionary(e => e.Key, e => e.Value!.Errors[0].ErrorMessage, StringComparer.Ordinal));

    protected static string Escape(string value) => Uri.EscapeDataString(value);
}
