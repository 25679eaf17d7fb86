using Cms.Core.Content;
using Cms.Core.Media;
using Cms.Core.Recipes;
using Cms.Core.Recipes.Scripting;
using Cms.Core.Security;
using Cms.Core.Setup;
using Cms.Core.Storage;
using Microsoft.Extensions.Options;

namespace Cms.Web.Hosting;

/// <summary>Recipes (runner, scripting limits) and first-start setup.</summary>
public static class RecipeServices
{
    public static IServiceCollection AddCmsRecipes(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RecipeScriptOptions>().Bind(configuration.GetSection(RecipeScriptOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CmsOptions>>().Value;
            return new RecipeRunner(
                sp.GetRequiredService<ContentStore>(),
                sp.GetRequiredService<MediaStore>(),
                AppPaths.Resolve(options.RecipesFolder, sp.GetRequiredService<IHostEnvironment>().ContentRootPath),
                sp.GetRequiredService<IOptions<RecipeScriptOptions>>().Value,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<PasswordPolicy>());
        });
        services.AddSingleton(sp => new SiteSetup(
            sp.GetRequiredService<RecipeRunner>(), sp.GetRequiredService<DocumentStore>(),
            sp.GetRequiredService<UserPasswords>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<PasswordPolicy>()));
        return services;
    }
}
