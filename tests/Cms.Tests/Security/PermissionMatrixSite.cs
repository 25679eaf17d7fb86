using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Security;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Security;

/// <summary>
/// One site for the whole permission matrix: a Securable type (Memo) and a plain one (Page), each with published,
/// draft-only and published-with-newer-draft items owned by the Author, the Contributor and someone else; a Hub that
/// the Author owns, which picks, lists and bags them and tags them with a taxonomy whose newer draft holds another term; a media file.
/// Every title is a unique marker, so a response is judged by the markers it contains. The roles it stores are
/// the ones <see cref="MatrixRoles"/> describes by hand.
/// </summary>
public sealed class PermissionMatrixSite : SignInWebFactory, IAsyncLifetime
{
    private const string HubId = "4hub000000000000000000001h";
    private static readonly string OtherOwnerId = CmsWebFactory.Users.AdminId;
    private readonly List<MatrixItem> _items = [];
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private int _markerCount;

    internal IReadOnlyList<MatrixItem> Items => _items;

    internal MatrixItem Hub { get; private set; } = null!;

    internal MatrixItem Taxonomy { get; private set; } = null!;

    internal string PublishedBagMarker { get; private set; } = "";

    internal string DraftBagMarker { get; private set; } = "";

    internal string PublishedTermMarker { get; private set; } = "";

    internal string DraftTermMarker { get; private set; } = "";

    internal string MediaMarker { get; private set; } = "";

    /// <summary>Every marker on the site: a response may show only those its row expects.</summary>
    internal IEnumerable<string> AllMarkers =>
        _items.SelectMany(i => i.Versions).Select(v => v.Marker)
            .Concat([PublishedBagMarker, DraftBagMarker, PublishedTermMarker, DraftTermMarker, MediaMarker]);

    internal HttpClient ClientFor(MatrixRole role) => _clients[role.Name];

    /// <summary>A preview theme whose Hub template prints every relation the preview model holds.</summary>
    public string ThemePath => Path.Combine(DataPath, "theme");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cms:PreviewTheme", ThemePath);
    }

    public async Task InitializeAsync()
    {
        await WriteThemeAsync();
        await SeedAsync(ContentDefinitionDocument.FromJson(Definitions), MatrixRoles.Seed);
        MediaMarker = NextMarker("MEDIA");
        Directory.CreateDirectory(Path.Combine(DataPath, "media"));
        await File.WriteAllBytesAsync(Path.Combine(DataPath, "media", MediaMarker + ".pdf"), "%PDF-1.4\n"u8.ToArray());

        Taxonomy = await SeedTaxonomyAsync();
        var children = new List<MatrixItem>();
        foreach (var type in new[] { MatrixRoles.Memo, MatrixRoles.Page })
        {
            foreach (var owner in new[] { OtherOwnerId, UserIdFor(MatrixRoles.AuthorUser), UserIdFor(MatrixRoles.ContributorUser) })
            {
                children.Add(await SeedAsync(type, owner, publish: true, newerDraft: false, (item, _) => InHubList(item)));
                children.Add(await SeedAsync(type, owner, publish: false, newerDraft: false, (item, _) => InHubList(item)));
                children.Add(await SeedAsync(type, owner, publish: true, newerDraft: true, (item, _) => InHubList(item)));
            }
        }

        Hub = await SeedHubAsync(children);
        await SignInEveryRoleAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    // The shipped theme shows titles only; these templates print everything the model hands them, so a relation the
    // caller may not read would show up as its marker.
    private async Task WriteThemeAsync()
    {
        Directory.CreateDirectory(ThemePath);
        await File.WriteAllTextAsync(Path.Combine(ThemePath, "Layout.liquid"), "{{ body | raw }}");
        await File.WriteAllTextAsync(Path.Combine(ThemePath, "Item.liquid"), "{{ item.DisplayText }}");
        await File.WriteAllTextAsync(Path.Combine(ThemePath, "List.liquid"), "{% for entry in items %}{{ entry.DisplayText }}\n{% endfor %}");
        await File.WriteAllTextAsync(Path.Combine(ThemePath, MatrixRoles.HubType + ".liquid"), """
            {{ item.DisplayText }}
            {% for entry in related.Related %}{{ entry.DisplayText }}
            {% endfor %}{% for term in terms.Tags %}{{ term }}
            {% endfor %}{% for entry in bags.Extras %}{{ entry.DisplayText }}
            {% endfor %}
            """);
    }

    private async Task SignInEveryRoleAsync()
    {
        foreach (var role in MatrixRoles.All)
        {
            if (role.ApiKeyRole is { } keyRole)
            {
                var (_, key) = await Services.GetRequiredService<ApiKeyStore>().CreateAsync(role.Name, keyRole, null, CancellationToken.None);
                var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
                _clients[role.Name] = client;
            }
            else if (role.UserName is { } userName)
            {
                _clients[role.Name] = await SignedInClientAsync(userName, MatrixRoles.AssignedRoles(userName));
            }
            else
            {
                _clients[role.Name] = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            }
        }
    }

    private async Task<MatrixItem> SeedTaxonomyAsync()
    {
        PublishedTermMarker = NextMarker("TERM");
        DraftTermMarker = NextMarker("SECRET-DRAFT-TERM");
        return await SeedAsync(MatrixRoles.TaxonomyType, OtherOwnerId, publish: true, newerDraft: true, (item, draft) =>
        {
            var terms = new JsonArray(Term("4term00000000000000000001t", PublishedTermMarker));
            if (draft)
            {
                terms.Add(Term("4term00000000000000000002t", DraftTermMarker));
            }

            item.GetOrCreatePart("TaxonomyPart")["Terms"] = terms;
            return draft ? [PublishedTermMarker, DraftTermMarker] : [PublishedTermMarker];
        });
    }

    private async Task<MatrixItem> SeedHubAsync(IReadOnlyList<MatrixItem> children)
    {
        PublishedBagMarker = NextMarker("BAG");
        DraftBagMarker = NextMarker("SECRET-DRAFT-BAG");
        // The Author owns the hub, so the Author's Own rights and everyone else's View/Preview both show in its relations.
        return await SeedAsync(MatrixRoles.HubType, UserIdFor(MatrixRoles.AuthorUser), publish: true, newerDraft: true, (item, draft) =>
        {
            var part = item.GetOrCreatePart(MatrixRoles.HubType);
            part["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray([.. children.Select(c => JsonValue.Create(c.ContentItemId))]) };
            part["Tags"] = new JsonObject
            {
                ["TaxonomyContentItemId"] = Taxonomy.ContentItemId,
                ["TermContentItemIds"] = new JsonArray("4term00000000000000000001t", "4term00000000000000000002t"),
            };
            item.GetOrCreatePart("Extras")["ContentItems"] = new JsonArray(
                new JsonObject { ["ContentType"] = "Snippet", ["DisplayText"] = draft ? DraftBagMarker : PublishedBagMarker });
            return [draft ? DraftBagMarker : PublishedBagMarker];
        });

    }

    /// <summary>Stores one item: published or a draft, and optionally a newer draft with a title of its own.</summary>
    private async Task<MatrixItem> SeedAsync(string type, string owner, bool publish, bool newerDraft, Func<ContentItem, bool, string[]>? fill)
    {
        var store = Services.GetRequiredService<ContentStore>();
        var firstMarker = NextMarker(publish ? "LIVE" : "SECRET-DRAFT");
        var item = new ContentItem { ContentType = type, DisplayText = firstMarker, Owner = owner };
        if (type == MatrixRoles.HubType)
        {
            item.ContentItemId = HubId;
        }

        var inside = new List<string[]> { fill?.Invoke(item, !publish) ?? [] };
        if (!publish)
        {
            ScheduleFarAhead(item);
        }

        await using (var session = await store.OpenSessionAsync(ContentActor.System, CancellationToken.None))
        {
            await session.CreateAsync(item, publish ? VersionOptions.Published : VersionOptions.Draft, CancellationToken.None);
            await session.SaveChangesAsync(CancellationToken.None);
        }

        if (newerDraft)
        {
            await using var session = await store.OpenSessionAsync(ContentActor.System, CancellationToken.None);
            var draft = (await session.GetAsync(item.ContentItemId, VersionOptions.DraftRequired, CancellationToken.None))!;
            draft.DisplayText = NextMarker("SECRET-DRAFT");
            inside.Add(fill?.Invoke(draft, true) ?? []);
            ScheduleFarAhead(draft);
            await session.UpdateAsync(draft, CancellationToken.None);
            await session.SaveChangesAsync(CancellationToken.None);
        }

        await using var read = await store.OpenSessionAsync(ContentActor.System, CancellationToken.None);
        var versions = await read.ListVersionsAsync(item.ContentItemId, CancellationToken.None);
        var seeded = new MatrixItem(item.ContentItemId, type, owner,
            [.. versions.Select((v, index) => new MatrixVersion(v.ContentItemVersionId, v.DisplayText!, inside[index], v.Published))]);
        _items.Add(seeded);
        return seeded;
    }

    /// <summary>Memo and Page drafts are scheduled to go live (in a far future): a scheduled draft is a draft on every path.</summary>
    private static void ScheduleFarAhead(ContentItem draft)
    {
        if (draft.ContentType is MatrixRoles.Memo or MatrixRoles.Page)
        {
            draft.GetOrCreatePart("PublishLaterPart")["ScheduledPublishUtc"] = "2999-01-01T00:00:00Z";
        }
    }

    private static string[] InHubList(ContentItem item)
    {
        var contained = item.GetOrCreatePart("ContainedPart");
        contained["ListContentItemId"] = HubId;
        contained["ListContentType"] = MatrixRoles.HubType;
        return [];
    }

    // Two digits and a closing letter keep one marker from being a prefix of another.
    private string NextMarker(string prefix) => $"{prefix}-{++_markerCount:00}Q";

    private static JsonObject Term(string id, string title) => new() { ["ContentItemId"] = id, ["ContentType"] = "Tag", ["DisplayText"] = title };

    private const string Definitions = """
        {
          "ContentTypeDefinitionRecords": [
            { "Name": "Memo", "DisplayName": "Memo", "Settings": { "ContentTypeSettings": { "Draftable": true, "Versionable": true, "Securable": true } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "Memo", "Name": "Memo", "Settings": {} },
                { "PartName": "PublishLaterPart", "Name": "PublishLaterPart", "Settings": {} } ] },
            { "Name": "Page", "DisplayName": "Page", "Settings": { "ContentTypeSettings": { "Draftable": true, "Versionable": true } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "Page", "Name": "Page", "Settings": {} },
                { "PartName": "PublishLaterPart", "Name": "PublishLaterPart", "Settings": {} } ] },
            { "Name": "Hub", "DisplayName": "Hub", "Settings": { "ContentTypeSettings": { "Draftable": true, "Versionable": true, "Securable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "Hub", "Name": "Hub", "Settings": {} },
                { "PartName": "ListPart", "Name": "ListPart", "Settings": { "ListPartSettings": { "ContainedContentTypes": [ "Memo", "Page" ] } } },
                { "PartName": "BagPart", "Name": "Extras", "Settings": {} } ] },
            { "Name": "Snippet", "DisplayName": "Snippet", "Settings": { "ContentTypeSettings": { "Stereotype": "Widget" } },
              "ContentTypePartDefinitionRecords": [] },
            { "Name": "Taxonomy", "DisplayName": "Taxonomy", "Settings": { "ContentTypeSettings": { "Draftable": true, "Versionable": true } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "TaxonomyPart", "Name": "TaxonomyPart", "Settings": {} } ] },
            { "Name": "Tag", "DisplayName": "Tag", "Settings": { "ContentTypeSettings": { "Stereotype": "Term" } },
              "ContentTypePartDefinitionRecords": [] }
          ],
          "ContentPartDefinitionRecords": [
            { "Name": "Hub", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "ContentPickerField", "Name": "Related", "Settings": { "ContentPickerFieldSettings": { "Multiple": true } } },
                { "FieldName": "TaxonomyField", "Name": "Tags", "Settings": {} } ] },
            { "Name": "Memo", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Body", "Settings": {} } ] },
            { "Name": "Page", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Body", "Settings": {} } ] }
          ]
        }
        """;
}
