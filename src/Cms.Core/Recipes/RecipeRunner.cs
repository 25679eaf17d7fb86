using Cms.Core.Content;
using Cms.Core.Definitions;
using Cms.Core.Media;
using Cms.Core.Recipes.Scripting;
using Cms.Core.Recipes.Steps;
using Cms.Core.Security;
using Cms.Core.Settings;

namespace Cms.Core.Recipes;

/// <summary>
/// Runs a recipe against the site in one transaction: every step's writes, the definitions, settings,
/// roles and users commit together or not at all; media files are moved in only after the commit.
/// </summary>
public sealed class RecipeRunner
{
    private readonly ContentStore _content;
    private readonly RecipeExecutor _executor;
    private readonly MediaStore _media;
    private readonly string? _recipesFolder;
    private readonly PasswordPolicy _passwordPolicy;

    public RecipeRunner(ContentStore content, MediaStore media, string? recipesFolder, RecipeScriptOptions scriptOptions,
        TimeProvider clock, PasswordPolicy? passwordPolicy = null)
    {
        _passwordPolicy = passwordPolicy ?? new PasswordPolicy();
        _content = content;
        _media = media;
        _recipesFolder = recipesFolder;
        _executor = new RecipeExecutor(Steps, scriptOptions, clock);
    }

    /// <summary>Every step this product handles; any other name is reported as skipped.</summary>
    public static IReadOnlyList<IRecipeStep> Steps { get; } =
    [
        new ContentDefinitionStep(), new ReplaceContentDefinitionStep(), new DeleteContentDefinitionStep(), new ContentStep(),
        new RolesStep(), new UsersStep(), new SettingsStep(), new CustomSettingsStep(), new MediaStep(), new RecipesStep(),
        new FeatureStep(), new ThemesStep(), new MediaProfilesStep(), new WebhooksStep(),
    ];

    /// <exception cref="RecipeExecutionException">A step failed; nothing was changed.</exception>
    public async Task<RecipeResult> RunAsync(RecipeDescriptor recipe, RecipeRunRequest request, CancellationToken cancellationToken)
    {
        await using var session = await _content.OpenLongSessionAsync(request.Actor, $"recipe '{recipe.Name}'", cancellationToken);
        var definitionsBefore = session.Definitions;
        var storedSettings = await SiteSettings.LoadAsync(session.Storage, cancellationToken);
        var settings = storedSettings ?? new SiteSettings();
        var settingsBefore = storedSettings?.ToJson();
        var roles = await SecurityStore.LoadRolesAsync(session.Storage, cancellationToken);
        var rolesBefore = SecurityStore.RolesJson(roles);
        using var media = _media.BeginStaging();
        var site = new RecipeSite(session, settings, roles, media, name => FindRecipe(name, recipe.BasePath))
        {
            Progress = request.Progress,
            PasswordPolicy = _passwordPolicy,
            ContentImport = request.ContentImport,
        };
        if (request.BeforeSteps is { } beforeSteps)
        {
            await beforeSteps(site, cancellationToken);
        }

        var environment = new RecipeEnvironment
        {
            Parameters = request.Parameters,
            Configuration = request.Configuration,
            Strict = request.Strict,
            PathBase = request.PathBase,
        };

        var result = await _executor.ExecuteOnSiteAsync(recipe, environment, site, cancellationToken);
        await site.SyncDefinitionsAsync(cancellationToken);
        if (request.BeforeCommit is { } beforeCommit)
        {
            await beforeCommit(site, cancellationToken);
        }

        // Unchanged documents are not rewritten, so running a recipe twice leaves the second run without effect.
        if (settings.ToJson() != settingsBefore)
        {
            await settings.SaveAsync(session.Storage, cancellationToken);
        }

        if (SecurityStore.RolesJson(site.Roles) != rolesBefore)
        {
            await SecurityStore.SaveRolesAsync(session.Storage, site.Roles, cancellationToken);
        }

        await RefuseDataLossAsync(result, request, definitionsBefore, site, cancellationToken);
        await CommitAsync(request, session, media, cancellationToken);
        return result;
    }

    /// <summary>Commits the run, then moves its media in; a dry run commits nothing (disposing rolls every write back).</summary>
    private async Task CommitAsync(RecipeRunRequest request, ContentSession session, MediaStaging media, CancellationToken cancellationToken)
    {
        if (request.DryRun)
        {
            return;
        }

        await session.SaveChangesAsync(cancellationToken);
        // The content is committed: its media must follow even when the caller gives up now.
        await media.CommitAsync(CancellationToken.None);

        // A recipe is a bulk load (the setup recipe fills an empty store): plans should see the new sizes.
        await _content.Documents.RefreshStatisticsAsync(cancellationToken);
    }

    /// <exception cref="RecipeExecutionException">The run hides stored values and the request does not allow it.</exception>
    private static async Task RefuseDataLossAsync(RecipeResult result, RecipeRunRequest request, ContentDefinitionDocument definitionsBefore,
        RecipeSite site, CancellationToken cancellationToken)
    {
        result.DryRun = request.DryRun;
        if (await RecipeDataLoss.CheckAsync(result, definitionsBefore, site.Definitions, site.Content.Storage, request.AllowDataLoss, cancellationToken) is { } refusal)
        {
            result.Error = refusal;
            throw new RecipeExecutionException(result);
        }
    }

    /// <summary>A recipe by name: first beside the running recipe, then in the application's recipes folder.</summary>
    public RecipeDescriptor? FindRecipe(string name, string? besideFolder = null)
    {
        foreach (var folder in new[] { besideFolder, _recipesFolder }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.recipe.json").Order(StringComparer.Ordinal))
            {
                var recipe = RecipeReader.Read(File.ReadAllText(file), file, folder);
                if (string.Equals(recipe.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return recipe;
                }
            }
        }

        return null;
    }
}
