namespace Cms.Core.Recipes;

/// <summary>
/// What an export contains. With none of Definitions, Content, Roles and Settings set, it contains all four.
/// Media and users are asked for on their own: media is on by default only for a setup export, users never.
/// </summary>
public sealed record RecipeExportOptions
{
    /// <summary>Types to export (definitions and items); empty means every type, and then every part definition too.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    public bool Definitions { get; init; }

    public bool Content { get; init; }

    public bool Roles { get; init; }

    public bool Settings { get; init; }

    /// <summary>
    /// A setup recipe that builds a twin of the site: ids, versions and dates kept; owner and author from the setup's
    /// parameters unless <see cref="Users"/> brings the owners along.
    /// </summary>
    public bool AsSetup { get; init; }

    /// <summary>
    /// With <see cref="AsSetup"/>: Orchard's "new ids on import" instead of a twin. Every content item id (nested terms
    /// and bag items included) becomes a variable made with uuid(), and every reference to it, in content, definition
    /// settings (a TaxonomyField's taxonomy) and site settings, names that variable; versions and dates are dropped.
    /// </summary>
    public bool FreshIds { get; init; }

    /// <summary>The <c>media</c> step with every file of the media library; null means "when <see cref="AsSetup"/>".</summary>
    public bool? Media { get; init; }

    /// <summary>
    /// Media files are named by <c>SourcePath</c> under <see cref="RecipeExporter.MediaFolder"/> beside the recipe (the
    /// caller copies them there, see <see cref="RecipeExportFolder"/>) instead of being written into it as Base64.
    /// </summary>
    public bool MediaBesideRecipe { get; init; }

    /// <summary>The <c>Users</c> step: every user with its password hash and roles (Orchard's shape). Off unless asked.</summary>
    public bool Users { get; init; }

    public bool Everything => !Definitions && !Content && !Roles && !Settings;

    public bool IncludesMedia => Media ?? AsSetup;
}
