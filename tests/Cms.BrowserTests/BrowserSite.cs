using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.BrowserTests;

/// <summary>A site seeded with the browser definitions (an Article with every field kind), an admin and two authors.</summary>
public sealed class BrowserSite : BrowserHost
{
    protected override async Task SeedAsync()
    {
        var content = Services.GetRequiredService<ContentStore>();
        var passwords = Services.GetRequiredService<UserPasswords>();
        await using var session = await content.OpenSessionAsync(ContentActor.System, CancellationToken.None);
        await session.SaveDefinitionsAsync(BrowserDefinitions.Create(), CancellationToken.None);
        var roles = (await SecurityStore.LoadRolesAsync(session.Storage, CancellationToken.None)).ToList();
        // The Author writes but may not publish: Orchard's Author stereotype without PublishOwnContent.
        roles.Add(new RoleRecord
        {
            Name = "Author",
            Permissions = [.. RoleStereotypes.DefaultPermissions("Author").Where(p => p != "PublishOwnContent"), "AccessAdminPanel", "ViewMediaContent"],
        });
        foreach (var role in roles.Where(r => r.Name == SystemRoles.Anonymous))
        {
            role.Permissions.AddRange(["AccessContentApi", "ExecuteGraphQL"]);
        }

        await SecurityStore.SaveRolesAsync(session.Storage, roles, CancellationToken.None);
        foreach (var (id, name, role) in Users)
        {
            var user = new UserRecord { UserId = id, UserName = name, Email = $"{name}@example.test", RoleNames = [role] };
            passwords.SetPassword(user, Password);
            await SecurityStore.SaveUserAsync(session.Storage, user, CancellationToken.None);
        }

        var topics = session.New("Topics");
        topics.ContentItemId = BrowserDefinitions.TopicsTaxonomyId;
        topics.DisplayText = "Topics";
        topics.GetOrCreatePart("TitlePart")["Title"] = "Topics";
        var taxonomy = topics.GetOrCreatePart("TaxonomyPart");
        taxonomy["TermContentType"] = "Topic";
        taxonomy["Terms"] = new JsonArray(Term("4topicrights0000000000000t", "Human rights"), Term("4topicclimate000000000000t", "Climate"));
        await session.CreateAsync(topics, VersionOptions.Published, CancellationToken.None);
        await session.SaveChangesAsync(CancellationToken.None);
    }

    private static JsonObject Term(string id, string title) => new()
    {
        ["ContentItemId"] = id,
        ["ContentType"] = "Topic",
        ["DisplayText"] = title,
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["TermPart"] = new JsonObject { ["TaxonomyContentItemId"] = BrowserDefinitions.TopicsTaxonomyId },
    };

    public static readonly (string Id, string Name, string Role)[] Users =
    [
        ("4admin0000000000000000000a", "admin", SystemRoles.Administrator),
        ("4author000000000000000000a", "alice", "Author"),
        ("4author000000000000000000b", "bob", "Author"),
    ];
}
