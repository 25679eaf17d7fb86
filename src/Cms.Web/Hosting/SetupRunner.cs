using Cms.Core.Recipes;
using Cms.Core.Setup;
using Cms.Core.Storage;

namespace Cms.Web.Hosting;

/// <summary>Runs setup from configuration (first start) or from the command line, and says what it did.</summary>
internal static class SetupRunner
{
    public static async Task<SetupResult> RunAsync(IServiceProvider services, SetupOptions options, string recipePath,
        TextWriter output, CancellationToken cancellationToken)
    {
        var recipe = await RecipeReader.ReadFileAsync(recipePath, cancellationToken);
        var configuration = services.GetRequiredService<IConfiguration>();
        var request = new SetupRequest(recipe, options.AdminUserName, options.AdminEmail, options.AdminPassword, options.SiteName)
        {
            Configuration = RecipeConfiguration.Lookup(configuration),
        };
        var setup = services.GetRequiredService<SiteSetup>();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await setup.SetupAsync(request, cancellationToken);
                Report(result, recipe, options, output);
                return result;
            }
            catch (StoreUnavailableException) when (attempt < 6)
            {
                // Another node holds the write lock (it is probably setting the site up): wait and look again.
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
            }
        }
    }

    private static void Report(SetupResult result, RecipeDescriptor recipe, SetupOptions options, TextWriter output)
    {
        if (!result.Ran)
        {
            output.WriteLine("The site is already set up; nothing changed.");
            return;
        }

        output.WriteLine($"Set up the site from recipe '{recipe.Name}' ({recipe.FilePath}).");
        if (result.AdministratorFromRecipe)
        {
            output.WriteLine(string.IsNullOrEmpty(options.AdminPassword)
                ? $"Administrator: {options.AdminUserName}, a user of the recipe, with the password it has there"
                : $"Administrator: {options.AdminUserName}, a user of the recipe, with the password given");
            return;
        }

        output.WriteLine($"Administrator: {options.AdminUserName} <{options.AdminEmail}>");
        if (result.GeneratedPassword is { } password)
        {
            // Shown once: it is stored only as a hash.
            output.WriteLine($"Generated administrator password (shown once, change it after signing in): {password}");
        }
    }
}
