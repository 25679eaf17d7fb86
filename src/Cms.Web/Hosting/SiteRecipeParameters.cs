using Cms.Core.Content;
using Cms.Core.Security;
using Cms.Core.Settings;
using Cms.Core.Storage;

namespace Cms.Web.Hosting;

/// <summary>
/// parameters() for recipes run on a set-up site (admin page, API, command line), as Orchard gives them:
/// the site's super user as AdminUserId/AdminUsername, and SiteName.
/// </summary>
internal static class SiteRecipeParameters
{
    /// <summary>The names a set-up site provides, whatever the recipe declares.</summary>
    public static IReadOnlyList<string> Names { get; } = ["AdminUserId", "AdminUsername", "AdminEmail", "SiteName"];

    public static async Task<(Dictionary<string, string?> Parameters, ContentActor Actor)> LoadAsync(
        DocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenReadSessionAsync(cancellationToken);
        var settings = await SiteSettings.LoadAsync(session, cancellationToken);
        var admin = settings?.SuperUser is { } id ? await SecurityStore.FindUserByIdAsync(session, id, cancellationToken) : null;
        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["AdminUserId"] = admin?.UserId,
            ["AdminUsername"] = admin?.UserName,
            ["AdminEmail"] = admin?.Email,
            ["SiteName"] = settings?.SiteName,
        };
        return (parameters, admin is null ? ContentActor.System : new ContentActor(admin.UserId, admin.UserName));
    }
}
