using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Admin.Pages.ContentTypes;

/// <summary>A part as used in one type: its display name, description and the settings of its kind (a bag's contained types, say).</summary>
public sealed class TypePartModel : ContentTypesPage
{
    private const string TypePartSettings = "ContentTypePartSettings";

    public TypePartModel(ContentStore content, AdminCaller caller)
        : base(content, caller)
    {
    }

    [BindProperty(SupportsGet = true)]
    public string Type { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public ContentTypePartDefinition? Definition => Definitions.FindType(Type)?.FindPart(Name);

    public IReadOnlyList<SettingDescriptor> Settings => Definition is null ? [] : ContentKindCatalog.Default.FindPart(Definition.PartName)?.Settings ?? [];

    public IActionResult OnGet()
    {
        if ((DenyView() ?? Missing()) is { } result)
        {
            return result;
        }

        DisplayName = SettingsReader.GetString(Definition!.Settings, TypePartSettings, "DisplayName");
        Description = SettingsReader.GetString(Definition.Settings, TypePartSettings, "Description");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if ((DenyEdit() ?? Missing()) is { } result)
        {
            return result;
        }

        var saved = await SaveAsync(document =>
        {
            var part = document.FindType(Type)!.FindPart(Name)!;
            var common = DefinitionEdits.Section(part.Settings, TypePartSettings);
            Set(common, "DisplayName", DisplayName);
            Set(common, "Description", Description);
            foreach (var (key, message) in SettingsForm.Apply(part.Settings, ContentKindCatalog.Default.FindPart(part.PartName)?.Settings ?? [], Request.Form))
            {
                ModelState.AddModelError(key, message);
            }

            return null;
        }, cancellationToken);
        if (!saved)
        {
            return Page();
        }

        TempData["Message"] = $"The part {Name} was saved.";
        return Redirect($"/admin/content-types/{Escape(Type)}");
    }

    private static void Set(System.Text.Json.Nodes.JsonObject settings, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            settings.Remove(name);
        }
        else
        {
            settings[name] = value.Trim();
        }
    }

    private NotFoundResult? Missing() => Definition is null ? NotFound() : null;
}
