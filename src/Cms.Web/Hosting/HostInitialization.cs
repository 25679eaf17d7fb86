using Cms.Core.Cluster;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Core.Setup;
using Cms.Core.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Cms.Web.Hosting;

/// <summary>What the host does before it serves: checks every content kind is complete, schema migrations (and, with recipes, first-start setup).</summary>
public static class HostInitialization
{
    private const string StartupLockName = "startup";

    // Extended every third of it while held: a node that dies during setup frees the others within this long.
    private static readonly TimeSpan StartupLockExpiry = TimeSpan.FromSeconds(15);

    /// <summary>
    /// <see cref="InitializeCmsAsync"/> for the server: a store that cannot be reached (no server, a wrong password, a
    /// missing database) stops it with one line naming the setting instead of a stack trace.
    /// </summary>
    public static async Task<bool> TryInitializeCmsAsync(this WebApplication app, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(errors);
        try
        {
            await app.InitializeCmsAsync();
            return true;
        }
        catch (StoreUnavailableException exception)
        {
            // The dialect's message names the store and the setting it came from.
            await errors.WriteLineAsync(exception.Message);
            return false;
        }
    }

    /// <summary>Migrates the store (and sets the site up on first start); returns the schema version the store was at.</summary>
    public static async Task<int> InitializeCmsAsync(this WebApplication app, bool runSetup = true)
    {
        ContentKindCoverage.Verify(app.Services.GetRequiredService<ContentKindCatalog>());
        var store = app.Services.GetRequiredService<DocumentStore>();
        // Migrations apply in one write transaction that reads the schema version inside it, so nodes starting together
        // upgrade once (the store's own lock orders them); what follows needs the cluster lock, which may live in the store.
        var before = await store.InitializeAsync(app.Lifetime.ApplicationStopping);
        if (await app.Services.GetRequiredService<ContentSearchRebuild>().RunIfRequestedAsync(app.Lifetime.ApplicationStopping))
        {
            app.Logger.LogInformation("Full-text search index built for the content stored before search existed");
        }

        app.Logger.LogInformation("Store ready at schema version {Version} (was {Before}) in {DataPath}",
            SchemaMigrations.Latest(store.Dialect), before, app.Services.GetRequiredService<DataFolder>().Path);
        if (!runSetup)
        {
            return before;
        }

        // One node at a time: the statistics refresh, setup, and the first data-protection key every node will share.
        await using var lease = await ClusterLease.TakeAsync(app.Services.GetRequiredService<IClusterLock>(), StartupLockName,
            StartupLockExpiry, app.Services.GetRequiredService<TimeProvider>(), app.Lifetime.ApplicationStopping);
        // The server starts with statistics that fit the store as it is now (verbs only read, so they leave them).
        await store.RefreshStatisticsAsync(app.Lifetime.ApplicationStopping);
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(StartupLockName).Protect([]);
        await SetUpOnFirstStartAsync(app);
        return before;
    }

    private static async Task SetUpOnFirstStartAsync(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<CmsOptions>>().Value.Setup;
        if (!options.Enabled || await app.Services.GetRequiredService<SiteSetup>().IsSetUpAsync(app.Lifetime.ApplicationStopping))
        {
            return;
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
    }
}
