using System.Net;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;

using Cms.Tests.Support;

namespace Cms.Tests.GraphQL;

/// <summary>
/// Drafts stay invisible by every path that reaches an item from another: pickers, list children, bag items,
/// taxonomy terms and a contained item's list. Editors (who may preview) see them only when they ask for them.
/// </summary>
public class DraftVisibilityTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private const string Viewer = "4viewer00000000000000000001|viewer|Viewer";
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.CreateAsync(ContentDefinitionDocument.FromJson("""
        {
          "ContentTypeDefinitionRecords": [
            { "Name": "Topic", "DisplayName": "Topic", "Settings": { "ContentTypeSettings": { "Draftable": true, "Versionable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "Topic", "Name": "Topic", "Settings": {} },
                { "PartName": "ListPart", "Name": "ListPart", "Settings": { "ListPartSettings": { "ContainedContentTypes": [ "Note" ] } } },
                { "PartName": "BagPart", "Name": "Extras", "Settings": {} } ] },
            { "Name": "Note", "DisplayName": "Note", "Settings": { "ContentTypeSettings": { "Draftable": true } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "Note", "Name": "Note", "Settings": {} } ] },
            { "Name": "Snippet", "DisplayName": "Snippet", "Settings": { "ContentTypeSettings": { "Stereotype": "Widget" } },
              "ContentTypePartDefinitionRecords": [] },
            { "Name": "Taxonomy", "DisplayName": "Taxonomy", "Settings": { "ContentTypeSettings": { "Draftable": true } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "TaxonomyPart", "Name": "TaxonomyPart", "Settings": {} } ] },
            { "Name": "Tag", "DisplayName": "Tag", "Settings": { "ContentTypeSettings": { "Stereotype": "Term" } },
              "ContentTypePartDefinitionRecords": [] }
          ],
          "ContentPartDefinitionRecords": [
            { "Name": "Topic", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "ContentPickerField", "Name": "Related", "Settings": { "ContentPickerFieldSettings": { "Multiple": true } } },
                { "FieldName": "TaxonomyField", "Name": "Tags", "Settings": {} } ] },
            { "Name": "Note", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Body", "Settings": {} } ] }
          ]
        }
        """), provider: Provider);
        await _host.SaveRolesAsync(GraphQLTestHost.Role("Viewer", "ViewContent"));

        var taxonomy = new ContentItem { ContentType = "Taxonomy", DisplayText = "Draft taxonomy" };
        taxonomy.GetOrCreatePart("TaxonomyPart")["Terms"] = new JsonArray(
            new JsonObject { ["ContentItemId"] = "4term00000000000000000000t", ["ContentType"] = "Tag", ["DisplayText"] = "Draft term" });
        await _host.CreateAsync(taxonomy, VersionOptions.Draft);

        var topic = new ContentItem { ContentType = "Topic", DisplayText = "Topic" };
        await _host.CreateAsync(topic);
        var published = await AddNoteAsync(topic, "Published note", VersionOptions.Published);
        var draft = await AddNoteAsync(topic, "Draft note", VersionOptions.Draft);

        await using var session = await _host.OpenAsync();
        var stored = (await session.GetAsync(topic.ContentItemId, VersionOptions.Latest, CancellationToken.None))!;
        var part = stored.GetOrCreatePart("Topic");
        part["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray(published, draft) };
        part["Tags"] = new JsonObject
        {
            ["TaxonomyContentItemId"] = taxonomy.ContentItemId, ["TermContentItemIds"] = new JsonArray("4term00000000000000000000t"),
        };
        stored.GetOrCreatePart("Extras")["ContentItems"] = new JsonArray(new JsonObject { ["ContentType"] = "Snippet", ["DisplayText"] = "Published snippet" });
        await session.UpdateAsync(stored, CancellationToken.None);

        // A newer draft of the topic whose bag holds another item.
        var newer = (await session.GetAsync(topic.ContentItemId, VersionOptions.DraftRequired, CancellationToken.None))!;
        newer.GetOrCreatePart("Extras")["ContentItems"] = new JsonArray(new JsonObject { ["ContentType"] = "Snippet", ["DisplayText"] = "Draft snippet" });
        await session.UpdateAsync(newer, CancellationToken.None);
        await session.SaveChangesAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(Viewer)]
    [InlineData("4editor00000000000000000001|editor|Editor")]
    public async Task Published_EveryPath_ShowsNoDraft(string user)
    {
        var response = await _host.PostAsync("""
            query { topic {
              related { contentItemIds contentItems { displayText } }
              tags { termContentItems { displayText } taxonomyContentItem { displayText } }
              extras { contentItems { displayText } }
              list { contentItems { displayText ... on Note { topic { listContentItem { displayText } } } } }
            } note { displayText topic { listContentItem { displayText } } } }
            """, user);

        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        var topic = Assert.Single(response.Data("topic").EnumerateArray());
        Assert.Equal(["Published note"], topic.GetProperty("related").GetProperty("contentItems").EnumerateArray().Select(e => e.GetProperty("displayText").GetString()));
        Assert.Equal(0, topic.GetProperty("tags").GetProperty("termContentItems").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, topic.GetProperty("tags").GetProperty("taxonomyContentItem").ValueKind);
        Assert.Equal(["Published snippet"], topic.GetProperty("extras").GetProperty("contentItems").EnumerateArray().Select(e => e.GetProperty("displayText").GetString()));
        Assert.Equal(["Published note"], topic.GetProperty("list").GetProperty("contentItems").EnumerateArray().Select(e => e.GetProperty("displayText").GetString()));
        Assert.Equal(["Published note"], response.Strings("note", "displayText"));
        Assert.DoesNotContain("Draft", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PickerStatusLatest_WithoutPreview_IsAnErrorNamingStatus()
    {
        var response = await _host.PostAsync("query { topic { related { contentItems(status: LATEST) { displayText } } } }", Viewer);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("'status'", response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft note", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_AskingForDrafts_SeesThem()
    {
        var response = await _host.PostAsync(
            "query { topic(status: DRAFT) { extras { contentItems { displayText } } related { contentItems(status: LATEST) { displayText } } } }",
            "4editor00000000000000000001|editor|Editor");

        var topic = Assert.Single(response.Data("topic").EnumerateArray());
        Assert.Equal("Draft snippet", topic.GetProperty("extras").GetProperty("contentItems")[0].GetProperty("displayText").GetString());
        Assert.Equal(["Published note", "Draft note"],
            topic.GetProperty("related").GetProperty("contentItems").EnumerateArray().Select(e => e.GetProperty("displayText").GetString()));
    }

    private async Task<string> AddNoteAsync(ContentItem topic, string title, VersionOptions options)
    {
        var note = new ContentItem { ContentType = "Note", DisplayText = title };
        note.GetOrCreatePart("ContainedPart")["ListContentItemId"] = topic.ContentItemId;
        note.GetOrCreatePart("ContainedPart")["ListContentType"] = "Topic";
        await _host.CreateAsync(note, options);
        return note.ContentItemId;
    }

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : DraftVisibilityTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}
