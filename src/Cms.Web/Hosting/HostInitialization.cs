using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Core.Setup;
using Cms.Core.Storage;
using Microsoft.Extensions.Options;

namespace Cms.Web.Hosting;

/// <summary>What the host does before it serves: checks every content kind is complete, schema migrations (and, with recipes, first-start setup).</summary>
public static class HostInitialization
{
    /// <summary>Migrates the store (and sets the site up on first start); returns the schema version the store was at.</summary>
    public static async Task<int> InitializeCmsAsync(this WebApplication app, bool runSetup = true)
    {
        ContentKindCoverage.Verify(app.Services.GetRequiredService<ContentKindCatalog>());
        var store = app.Services.GetRequiredService<DocumentStore>();
        var before = await store.InitializeAsync(app.Lifetime.ApplicationStopping);
        if (await app.Services.GetRequiredService<ContentSearchRebuild>().RunIfRequestedAsync(app.Lifetime.ApplicationStopping))
        {
            app.Logger.LogInformation("Full-text search index built for the content stored before search existed");
        }

        if (runSetup)
        {
            // The server starts with statistics that fit the store as it is now (verbs only read, so they leave them).
            await store.RefreshStatisticsAsync(app.Lifetime.ApplicationStopping);
        }

        app.Logger.LogInformation("Store ready at schema version {Version} (was {Before}) in {DataPath}",
            SchemaMigrations.Latest(store.Dialect), before, app.Services.GetRequiredService<DataFolder>().Path);

        var options = app.Services.GetRequiredService<IOptions<CmsOptions>>().Value.Setup;
        if (!runSetup || !options.Enabled || await app.Services.GetRequiredService<SiteSetup>().IsSetUpAsync(app.Lifetime.ApplicationStopping))
        {
            return before;
        }

        var recipePath = AppPaths.Resolve(options.Recipe, app.Environment.ContentRootPath);
        if (!File.Exists(recipePath))
        {
            throw new InvalidOperationException(
                $"The site is not set up and the setup recipe '{recipePath}' does not exist. Set Cms:Setup:Recipe to a setup recipe.");
        }

        try
        {
            await SetupRunner.RunAsync(app.Services, options, recipePath, Console.Out, app.Lifetime.ApplicationStopping);
        }
        catch (PasswordPolicyException exception)
        {
            throw new InvalidOperationException($"Cms:Setup:AdminPassword: {exception.Message}", exception);
        }

        return before;
    }
}
