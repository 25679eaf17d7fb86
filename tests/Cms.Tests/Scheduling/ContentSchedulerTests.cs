using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Recipes;
using Cms.Core.Scheduling;
using Cms.Core.Storage;
using Cms.Tests.Support;

namespace Cms.Tests.Scheduling;

/// <summary>Scheduled publishing and archiving on a real store, the clock driven by hand.</summary>
public sealed class ContentSchedulerTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTime Embargo = new(2024, 3, 1, 9, 30, 0, DateTimeKind.Utc);
    private TestSite _site = null!;

    public static ContentDefinitionDocument Notices() => ContentDefinitionDocument.FromJson("""
    {
      "ContentTypeDefinitionRecords": [
        { "Name": "Notice", "DisplayName": "Notice",
          "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true } },
          "ContentTypePartDefinitionRecords": [
            { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
            { "PartName": "PublishLaterPart", "Name": "PublishLaterPart", "Settings": {} },
            { "PartName": "ArchiveLaterPart", "Name": "ArchiveLaterPart", "Settings": {} }
          ] }
      ]
    }
    """);

    public async Task InitializeAsync() => _site = await TestSite.CreateAsync(Notices());

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private ContentScheduler Scheduler(string node = "node-1") => new(_site.Content, new PeriodicTaskLock(_site.Documents, _site.Clock, node), _site.Clock);

    private static ContentItem Notice(string title, DateTime? publishAt = null, DateTime? archiveAt = null)
    {
        var item = new ContentItem { ContentType = "Notice", DisplayText = title };
        item.GetOrCreatePart("TitlePart")["Title"] = title;
        item.GetOrCreatePart("PublishLaterPart")["ScheduledPublishUtc"] = publishAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        item.GetOrCreatePart("ArchiveLaterPart")["ScheduledArchiveUtc"] = archiveAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return item;
    }

    private Task<string> CreateAsync(ContentItem item, VersionOptions options) =>
        _site.WriteAsync(async s =>
        {
            await s.CreateAsync(item, options, None);
            return item.ContentItemId;
        });

    private Task<IReadOnlyList<ContentItem>> VersionsAsync(string id) => _site.WriteAsync(s => s.ListVersionsAsync(id, None));

    [Fact]
    public async Task RunDue_BeforeTheTime_LeavesTheDraft()
    {
        var id = await CreateAsync(Notice("Embargoed", publishAt: Embargo), VersionOptions.Draft);

        _site.Clock.SetUtcNow(Embargo.AddSeconds(-1));

        Assert.Equal(0, await Scheduler().RunDueAsync(None));
        Assert.False((await VersionsAsync(id)).Single().Published);
    }

    [Fact]
    public async Task RunDue_TimeHasCome_PublishesWithTheScheduledTimeAndClearsIt()
    {
        var id = await CreateAsync(Notice("Embargoed", publishAt: Embargo), VersionOptions.Draft);

        _site.Clock.SetUtcNow(Embargo.AddSeconds(4));

        Assert.Equal(1, await Scheduler().RunDueAsync(None));
        var version = (await VersionsAsync(id)).Single();
        Assert.True(version.Published);
        Assert.Equal(Embargo, version.PublishedUtc);
        Assert.Null(version.GetPart("PublishLaterPart")!["ScheduledPublishUtc"]);
    }

    [Fact]
    public async Task RunDue_ThreeNodesAtOnce_PublishesEachItemOnce()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await CreateAsync(Notice($"Embargoed {i}", publishAt: Embargo), VersionOptions.Draft));
        }

        _site.Clock.SetUtcNow(Embargo.AddSeconds(1));

        var runs = await Task.WhenAll(Enumerable.Range(1, 3).Select(n => Task.Run(() => Scheduler($"node-{n}").RunDueAsync(None))));

        Assert.Equal(5, runs.Sum());
        foreach (var id in ids)
        {
            var version = Assert.Single(await VersionsAsync(id));
            Assert.True(version.Published);
            Assert.Equal(Embargo, version.PublishedUtc);
        }
    }

    [Fact]
    public async Task RunDue_LeaseOfAnotherNodeLapsed_TakesOverAndPublishes()
    {
        var id = await CreateAsync(Notice("Embargoed", publishAt: Embargo), VersionOptions.Draft);
        _site.Clock.SetUtcNow(Embargo.AddSeconds(1));
        Assert.True(await new PeriodicTaskLock(_site.Documents, _site.Clock, "dead-node").TryAcquireAsync("scheduled-publishing", TimeSpan.FromSeconds(30), None));

        Assert.Equal(0, await Scheduler().RunDueAsync(None));
        _site.Clock.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal(1, await Scheduler().RunDueAsync(None));
        Assert.True((await VersionsAsync(id)).Single().Published);
    }

    [Fact]
    public async Task RunDue_ScheduleCancelledByAnEdit_StaysADraft()
    {
        var id = await CreateAsync(Notice("Embargoed", publishAt: Embargo), VersionOptions.Draft);
        await _site.WriteAsync(async s =>
        {
            var draft = (await s.GetAsync(id, VersionOptions.Latest, None))!;
            draft.GetPart("PublishLaterPart")!["ScheduledPublishUtc"] = null;
            await s.UpdateAsync(draft, None);
            return 0;
        });

        _site.Clock.SetUtcNow(Embargo.AddHours(1));

        Assert.Equal(0, await Scheduler().RunDueAsync(None));
        Assert.False((await VersionsAsync(id)).Single().Published);
    }

    [Fact]
    public async Task RunDue_NewerDraftScheduled_PublishesItAndDemotesTheLiveVersion()
    {
        var id = await CreateAsync(Notice("First"), VersionOptions.Published);
        await _site.WriteAsync(async s =>
        {
            var draft = (await s.GetAsync(id, VersionOptions.DraftRequired, None))!;
            draft.GetPart("PublishLaterPart")!["ScheduledPublishUtc"] = "2024-03-01T09:30:00Z";
            await s.UpdateAsync(draft, None);
            return 0;
        });

        _site.Clock.SetUtcNow(Embargo.AddSeconds(2));

        Assert.Equal(1, await Scheduler().RunDueAsync(None));
        var versions = await VersionsAsync(id);
        Assert.Equal(2, versions.Count);
        Assert.False(versions[0].Published);
        Assert.True(versions[1].Published);
        Assert.Equal(Embargo, versions[1].PublishedUtc);
    }

    [Fact]
    public async Task RunDue_PublishedItemWithArchiveTime_UnpublishesOnceAndClearsIt()
    {
        var id = await CreateAsync(Notice("Expiring", archiveAt: Embargo), VersionOptions.Published);

        _site.Clock.SetUtcNow(Embargo.AddSeconds(3));

        Assert.Equal(1, await Scheduler().RunDueAsync(None));
        Assert.Equal(0, await Scheduler("node-2").RunDueAsync(None));
        var version = (await VersionsAsync(id)).Single();
        Assert.False(version.Published);
        Assert.Null(version.GetPart("ArchiveLaterPart")!["ScheduledArchiveUtc"]);
    }

    [Fact]
    public async Task Save_ScheduledTimeNotADate_ReportsThePartProperty()
    {
        var item = Notice("Bad time");
        item.GetPart("PublishLaterPart")!["ScheduledPublishUtc"] = "next tuesday";

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => CreateAsync(item, VersionOptions.Draft));

        Assert.Contains(error.Errors, e => e.Path == "/PublishLaterPart/ScheduledPublishUtc");
    }

    [Fact]
    public async Task Recipe_ScheduledDraft_IsScheduledAndExportedInOrchardsShape()
    {
        var recipe = new JsonObject
        {
            ["name"] = "scheduled",
            ["steps"] = new JsonArray(new JsonObject
            {
                ["name"] = "Content",
                ["data"] = new JsonArray(new JsonObject
                {
                    ["ContentItemId"] = "4notice000000000000000000n",
                    ["ContentItemVersionId"] = "4noticev00000000000000000n",
                    ["ContentType"] = "Notice",
                    ["DisplayText"] = "From a recipe",
                    ["Latest"] = true,
                    ["Published"] = false,
                    ["TitlePart"] = new JsonObject { ["Title"] = "From a recipe" },
                    ["PublishLaterPart"] = new JsonObject { ["ScheduledPublishUtc"] = "2024-03-01T09:30:00Z" },
                }),
            }),
        };
        await _site.RunRecipeAsync(RecipeReader.Read(recipe.ToJsonString()));

        var exported = await _site.ReadAsync(s => RecipeExporter.ExportAsync(s, new RecipeExportOptions(), _site.Clock.GetUtcNow().UtcDateTime, None));
        Assert.Contains("\"PublishLaterPart\":{\"ScheduledPublishUtc\":\"2024-03-01T09:30:00Z\"}", exported.ToJsonString(), StringComparison.Ordinal);

        _site.Clock.SetUtcNow(Embargo);
        Assert.Equal(1, await Scheduler().RunDueAsync(None));
        Assert.Equal(Embargo, (await VersionsAsync("4notice000000000000000000n")).Single().PublishedUtc);
    }
}
