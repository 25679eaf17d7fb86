using System.Text;
using System.Text.Json;
using Cms.Core.Media;
using Cms.Core.Recipes;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Recipes;

/// <summary>Runs an uploaded or pasted recipe and shows its report (ManageRecipes); exports the site as a recipe file (Export).</summary>
public sealed class IndexModel : PageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly RecipeRunner _runner;
    private readonly DocumentStore _store;
    private readonly AdminCaller _caller;
    private readonly IConfiguration _configuration;
    private readonly TimeProvider _clock;
    private readonly MediaStore _media;

    public IndexModel(RecipeRunner runner, DocumentStore store, AdminCaller caller, IConfiguration configuration, TimeProvider clock, MediaStore media)
    {
        _media = media;
        _runner = runner;
        _store = store;
        _caller = caller;
        _configuration = configuration;
        _clock = clock;
    }

    [BindProperty]
    public string? RecipeJson { get; set; }

    [BindProperty]
    public IFormFile? RecipeFile { get; set; }

    [BindProperty]
    public bool Strict { get; set; }

    /// <summary>The operator confirmed a run whose definition changes hide stored values.</summary>
    [BindProperty]
    public bool AllowDataLoss { get; set; }

    [BindProperty]
    public List<string> ExportTypes { get; set; } = [];

    /// <summary>Ticked when the page opens; false by default so that a posted form without the box means "unticked".</summary>
    [BindProperty]
    public bool ExportDefinitions { get; set; }

    [BindProperty]
    public bool ExportContent { get; set; }

    [BindProperty]
    public bool ExportRoles { get; set; }

    [BindProperty]
    public bool ExportSettings { get; set; }

    [BindProperty]
    public bool AsSetup { get; set; }

    [BindProperty]
    public bool FreshIds { get; set; }

    [BindProperty]
    public bool ExportMedia { get; set; }

    [BindProperty]
    public bool ExportUsers { get; set; }

    /// <summary>Users come with their password hashes, so exporting them takes ManageUsers besides Export.</summary>
    public bool CanExportUsers => CanExport && _caller.Has(PermissionCatalog.ManageUsers);

    public bool CanRun => _caller.Has(PermissionCatalog.ManageRecipes);

    public bool CanExport => _caller.Has(PermissionCatalog.Export);

    public IReadOnlyList<(string Name, string DisplayName)> Types =>
        _caller.Definitions.Types.Select(t => (t.Name, t.DisplayName)).OrderBy(t => t.DisplayName, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The report of the recipe just run; with an error when nothing was changed.</summary>
    public RecipeResult? Report { get; private set; }

    /// <summary>Why the recipe could not even be read.</summary>
    public string? ReadError { get; private set; }

    public IActionResult OnGet()
    {
        TickDefaultExportBoxes();
        return CanRun || CanExport ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken cancellationToken)
    {
        if (!CanRun)
        {
            return Forbid();
        }

        TickDefaultExportBoxes();

        var (text, source) = await ReadSubmittedAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError(nameof(RecipeJson), "Paste a recipe or choose a recipe file.");
            return Page();
        }

        RecipeDescriptor recipe;
        try
        {
            recipe = RecipeReader.Read(text, source);
        }
        catch (RecipeFormatException exception)
        {
            ReadError = exception.Message;
            return Page();
        }

        var (parameters, siteActor) = await SiteRecipeParameters.LoadAsync(_store, cancellationToken);
        var request = new RecipeRunRequest
        {
            Actor = _caller.Principal.UserId is null ? siteActor : _caller.Actor,
            Parameters = parameters,
            Configuration = RecipeConfiguration.Lookup(_configuration),
            Strict = Strict,
            PathBase = Request.PathBase.Value ?? "",
            AllowDataLoss = AllowDataLoss,
        };
        try
        {
            Report = await _runner.RunAsync(recipe, request, cancellationToken);
        }
        catch (RecipeExecutionException exception)
        {
            Report = exception.Result;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        if (!CanExport || (ExportUsers && !CanExportUsers))
        {
            return Forbid();
        }

        if (FreshIds && !AsSetup)
        {
            ModelState.AddModelError(nameof(FreshIds), "New ids are for a setup recipe: tick \"As a setup recipe\" too.");
            return Page();
        }

        var options = new RecipeExportOptions
        {
            Types = ExportTypes,
            Definitions = ExportDefinitions,
            Content = ExportContent,
            Roles = ExportRoles,
            Settings = ExportSettings,
            AsSetup = AsSetup,
            FreshIds = FreshIds,
            Media = ExportMedia,
            Users = ExportUsers,
        };
        await using var session = await _store.OpenReadSessionAsync(cancellationToken);
        var recipe = await RecipeExporter.ExportAsync(session, _media, options, _clock.GetUtcNow().UtcDateTime, cancellationToken);
        var name = AsSetup ? "setup.recipe.json" : "export.recipe.json";
        return File(Encoding.UTF8.GetBytes(recipe.ToJsonString(Indented)), "application/json", name);
    }

    private void TickDefaultExportBoxes() => (ExportDefinitions, ExportContent) = (true, true);

    private async Task<(string? Text, string Source)> ReadSubmittedAsync(CancellationToken cancellationToken)
    {
        if (RecipeFile is { Length: > 0 } file)
        {
            using var reader = new StreamReader(file.OpenReadStream());
            return (await reader.ReadToEndAsync(cancellationToken), Path.GetFileName(file.FileName));
        }

        return (RecipeJson, "pasted recipe");
    }
}
