using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Web.Admin.Pages.Contents.Editors;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Admin.Pages.ContentTypes;

/// <summary>One field: its display name, editor and the settings of its kind.</summary>
public sealed class FieldModel : ContentTypesPage
{
    private const string FieldSettingsKey = "ContentPartFieldSettings";

    private const string DisplayNameSetting = "DisplayName";
    private const string EditorSetting = "Editor";

    public FieldModel(ContentStore content, AdminCaller caller)
        : base(content, caller)
    {
    }

    [BindProperty(SupportsGet = true)]
    public string Part { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Field { get; set; } = "";

    [BindProperty]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    public string? Editor { get; set; }

    public ContentPartFieldDefinition? Definition => Definitions.FindPart(Part)?.FindField(Field);

    public IReadOnlyList<SettingDescriptor> Settings => Definition is null ? [] : ContentKindCatalog.Default.FindField(Definition.FieldName)?.Settings ?? [];

    /// <summary>Where "back" goes: the type whose own part this is, or the part.</summary>
    public string BackUrl => Definitions.FindType(Part) is { } type ? $"/admin/content-types/{Escape(type.Name)}" : $"/admin/content-types/parts/{Escape(Part)}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if ((DenyView() ?? Missing()) is { } result)
        {
            return result;
        }

        DisplayName = Definition!.DisplayName;
        Editor = SettingsReader.GetString(Definition.Settings, FieldSettingsKey, "Editor");
        await LoadTaxonomiesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if ((DenyEdit() ?? Missing()) is { } result)
        {
            return result;
        }

        await LoadTaxonomiesAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            ModelState.AddModelError(nameof(DisplayName), "The Display Name can't be empty.");
            return Page();
        }

        var saved = await SaveAsync(document =>
        {
            var field = document.FindPart(Part)!.FindField(Field)!;
            var common = DefinitionEdits.Section(field.Settings, FieldSettingsKey);
            common[DisplayNameSetting] = DisplayName.Trim();
            if (ContentKindEditors.Default.FindField(field.FieldName)?.EditorOptions.Count > 0)
            {
                if (string.IsNullOrEmpty(Editor) || Editor == "Standard")
                {
                    common.Remove(EditorSetting);
                }
                else
                {
                    common[EditorSetting] = Editor;
                }
            }

            foreach (var (key, message) in SettingsForm.Apply(field.Settings, ContentKindCatalog.Default.FindField(field.FieldName)?.Settings ?? [], Request.Form))
            {
                ModelState.AddModelError(key, message);
            }

            return null;
        }, cancellationToken);
        if (!saved)
        {
            return Page();
        }

        TempData["Message"] = $"The field {DisplayName.Trim()} was saved.";
        return Redirect(BackUrl);
    }

    private NotFoundResult? Missing() => Definition is null ? NotFound() : null;
}
