using Cms.Core.Content;
using Cms.Core.Definitions;
using Cms.Core.Media;
using Cms.Core.Security;
using Cms.Core.Settings;

namespace Cms.Core.Recipes;

/// <summary>
/// What a recipe run changes, all inside one transaction: content (through the session), definitions,
/// settings and roles (working copies saved at the end), users (written as they come) and media
/// (staged, moved in after commit).
/// </summary>
public sealed class RecipeSite
{
    internal RecipeSite(ContentSession content, SiteSettings settings, IReadOnlyList<RoleRecord> roles, MediaStaging media,
        Func<string, RecipeDescriptor?> findRecipe)
    {
        Content = content;
        Definitions = content.Definitions.DeepClone();
        Settings = settings;
        Roles = roles;
        Media = media;
        FindRecipe = findRecipe;
    }

    public ContentSession Content { get; }

    /// <summary>The run's working copy of the definitions (definition steps edit it).</summary>
    public ContentDefinitionDocument Definitions { get; }

    public SiteSettings Settings { get; }

    public IReadOnlyList<RoleRecord> Roles { get; set; }

    public MediaStaging Media { get; }

    /// <summary>A recipe by its <c>name</c> among the application's recipes (the Recipes step), or null.</summary>
    public Func<string, RecipeDescriptor?> FindRecipe { get; }

    /// <summary>What a plain <c>Password</c> in a Users step entry must satisfy.</summary>
    public PasswordPolicy PasswordPolicy { get; init; } = new();

    /// <summary>Conflict handling and owner mapping for Content steps.</summary>
    public ContentImportOptions ContentImport { get; init; } = ContentImportOptions.Default;

    /// <summary>Reports progress of long steps to the caller (the command line draws a bar with it).</summary>
    public Action<RecipeProgress>? Progress { get; init; }

    /// <summary>Makes the content session validate against the working definitions (saving them in the transaction if they changed).</summary>
    public async Task SyncDefinitionsAsync(CancellationToken cancellationToken)
    {
        if (Content.Definitions.ToJson() != Definitions.ToJson())
        {
            await Content.SaveDefinitionsAsync(Definitions.DeepClone(), cancellationToken);
        }
    }
}
