using Cms.Core.Storage;

namespace Cms.Web.Hosting;

/// <summary>What the host does before it serves: schema migrations (and, with recipes, first-start setup).</summary>
public static class HostInitialization
{
    public static async Task InitializeCmsAsync(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<DocumentStore>();
        var before = await store.InitializeAsync(app.Lifetime.ApplicationStopping);
        app.Logger.LogInformation("Store ready at schema version {Version} (was {Before}) in {DataPath}",
            SchemaMigrations.Latest(store.Dialect), before, app.Services.GetRequiredService<DataFolder>().Path);
    }
}
