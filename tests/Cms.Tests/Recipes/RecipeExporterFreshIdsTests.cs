using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Media;
using Cms.Core.Querying;
using Cms.Core.Recipes;
using Cms.Tests.Support;

namespace Cms.Tests.Recipes;

/// <summary>A setup export with fresh ids of the NGO site, with a list and a bag added: every reference follows the new ids.</summary>
public class RecipeExporterFreshIdsTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private const string CampaignId = "4campaign00000000000000001";
    private const string LetterId = "4bagletter0000000000000001";
    private const string SignatoryId = "4signatory0000000000000001";
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A list (Campaign) holding a letter whose bag holds a signatory.</summary>
    private const string CampaignWithALetter = $$"""
        { "name": "campaign", "steps": [
          { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Campaign", "DisplayName": "Campaign",
            "Settings": { "ContentTypeSettings": { "Listable": true, "Creatable": true } },
            "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" },
              { "PartName": "ListPart", "Name": "ListPart", "Settings": { "ListPartSettings": { "ContainedContentTypes": [ "Letter" ] } } } ] } ],
            "ContentParts": [] },
          { "name": "Content", "data": [
            { "ContentItemId": "{{CampaignId}}", "ContentType": "Campaign", "DisplayText": "Campaign", "Latest": true, "Published": true,
              "TitlePart": { "Title": "Campaign" }, "ListPart": {} },
            { "ContentItemId": "{{LetterId}}", "ContentType": "Letter", "DisplayText": "Letter in a campaign", "Latest": true, "Published": true,
              "TitlePart": { "Title": "Letter in a campaign" },
              "Letter": { "Recipient": { "Text": "Human Rights Council" }, "SentDate": { "Value": "2024-06-01" } },
              "ContainedPart": { "ListContentItemId": "{{CampaignId}}", "ListContentType": "Campaign", "Order": 0 },
              "Signatories": { "ContentItems": [ { "ContentItemId": "{{SignatoryId}}", "ContentType": "Signatory", "DisplayText": "ISHR",
                "TitlePart": { "Title": "ISHR" } } ] } } ] } ] }
        """;

    private TestSite _source = null!;
    private TestSite _target = null!;

    public async Task InitializeAsync()
    {
        _source = await TestSite.CreateAsync(Provider);
        _target = await TestSite.CreateAsync(Provider);
        await _source.RunRecipeAsync(await RecipeReader.ReadFileAsync(Path.Combine(AppContext.BaseDirectory, "recipes", "ishr.recipe.json"), None));
        await _source.RunRecipeAsync(RecipeReader.Read(CampaignWithALetter));
    }

    public async Task DisposeAsync()
    {
        await _source.DisposeAsync();
        await _target.DisposeAsync();
    }

    [Fact]
    public async Task Export_AsSetupWithFreshIds_NoOldIdIsLeftAndEveryReferenceFollows()
    {
        var sourceIds = (await _source.ReadAsync(s => s.QueryAsync(new ContentQuery(), None)))
            .SelectMany(i => NestedIds(ContentItemJson.ToJsonObject(i))).ToHashSet(StringComparer.Ordinal);
        var exported = await _source.ReadAsync(s => RecipeExporter.ExportAsync(
            s, new MediaStore(_source.MediaPath, new MediaOptions()), new RecipeExportOptions { AsSetup = true, FreshIds = true }, _source.Clock.GetUtcNow().UtcDateTime, None));
        var text = exported.ToJsonString();

        await _target.RunRecipeAsync(RecipeReader.Read(text));

        Assert.Contains(SignatoryId, sourceIds);
        Assert.All(sourceIds, id => Assert.DoesNotContain(id, text, StringComparison.Ordinal));
        var items = await _target.ReadAsync(s => s.QueryAsync(new ContentQuery(), None));
        Assert.DoesNotContain(items, i => sourceIds.Contains(i.ContentItemId));
        var campaign = items.Single(i => i.ContentType == "Campaign");
        var letter = items.Single(i => i.DisplayText == "Letter in a campaign");
        Assert.Equal(campaign.ContentItemId, letter.GetPart("ContainedPart")!["ListContentItemId"]!.GetValue<string>());
        var signatory = letter.GetPart("Signatories")!["ContentItems"]![0]!["ContentItemId"]!.GetValue<string>();
        Assert.NotEqual(SignatoryId, signatory);
        var topics = items.Single(i => i.ContentType == "Taxonomy" && i.DisplayText == "Topics");
        var definitions = await _target.ReadAsync(s => ContentDefinitionStore.LoadAsync(s, None));
        var field = definitions.Document.FindPart("Letter")!.FindField("Topics")!;
        Assert.Equal(topics.ContentItemId, SettingsReader.GetString(field.Settings, "TaxonomyFieldSettings", "TaxonomyContentItemId"));
        var haley = items.Single(i => i.DisplayText == "Joint letter of 18 NGOs to US Ambassador Nikki Haley");
        var terms = topics.GetPart("TaxonomyPart")!["Terms"]!.AsArray().Select(t => t!["ContentItemId"]!.GetValue<string>());
        Assert.Subset(terms.ToHashSet(), haley.GetPart("Letter")!["Topics"]!["TermContentItemIds"]!.AsArray().Select(t => t!.GetValue<string>()).ToHashSet());
    }

    private static IEnumerable<string> NestedIds(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "ContentItemId" && p.Value is JsonValue v ? [v.GetValue<string>()] : NestedIds(p.Value)),
        JsonArray array => array.SelectMany(NestedIds),
        _ => [],
    };

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : RecipeExporterFreshIdsTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}
