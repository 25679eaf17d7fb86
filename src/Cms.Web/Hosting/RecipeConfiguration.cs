namespace Cms.Web.Hosting;

/// <summary>
/// What <c>configuration('key', default)</c> in a recipe script may read: only the <c>Cms:RecipeConfiguration</c>
/// section, so <c>configuration('X')</c> reads <c>Cms:RecipeConfiguration:X</c>. Orchard's configuration() reads the
/// tenant's shell configuration (the <c>OrchardCore</c> section), not the process environment; this section plays
/// that part, and secrets such as <c>Cms:Setup:AdminPassword</c> or environment variables stay out of reach.
/// Orchard recipes keep their keys (<c>OrchardCore_Admin:AdminUrlPrefix</c>): set them here, or their default applies.
/// </summary>
public static class RecipeConfiguration
{
    public const string SectionName = "Cms:RecipeConfiguration";

    /// <summary>The lookup every way of running a recipe (setup, command line, admin page, HTTP) hands to the runner.</summary>
    public static Func<string, string?> Lookup(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        return key => string.IsNullOrWhiteSpace(key) ? null : section[key];
    }
}
