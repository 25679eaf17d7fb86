using Cms.Core.Definitions;
using Cms.Core.Recipes;
using Cms.Tests.Support;
using static Cms.Core.Definitions.ContentDefinitionChangeKind;

namespace Cms.Tests.Recipes;

/// <summary>Definition changes that hide stored values: planned with item counts, refused unless allowed, counted when applied.</summary>
public class RecipeDataLossTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private const string Seed = """
        {
          "name": "Letters",
          "steps": [
            { "name": "ContentDefinition",
              "ContentTypes": [
                { "Name": "Letter", "DisplayName": "Letter", "ContentTypePartDefinitionRecords": [
                  { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Letter", "Name": "Letter" }, { "PartName": "Extra", "Name": "Extra" } ] },
                { "Name": "Note", "DisplayName": "Note", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ],
              "ContentParts": [
                { "Name": "Letter", "ContentPartFieldDefinitionRecords": [
                  { "FieldName": "TextField", "Name": "Recipient" }, { "FieldName": "TextField", "Name": "Summary" }, { "FieldName": "NumericField", "Name": "Score" },
                  { "FieldName": "TextField", "Name": "Unused" } ] },
                { "Name": "Extra", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Remark" } ] } ] },
            { "name": "Content", "data": [
              { "ContentItemId": "4letter000000000000000000001", "ContentType": "Letter", "DisplayText": "One", "Latest": true, "Published": true,
                "TitlePart": { "Title": "One" }, "Letter": { "Recipient": { "Text": "A" }, "Summary": { "Text": "S" }, "Score": { "Value": 3 } },
                "Extra": { "Remark": { "Text": "R" } } },
              { "ContentItemId": "4letter000000000000000000002", "ContentType": "Letter", "DisplayText": "Two", "Latest": true, "Published": true,
                "TitlePart": { "Title": "Two" }, "Letter": { "Recipient": { "Text": "B" }, "Summary": { "Text": "S" } }, "Extra": { "Remark": { "Text": "R" } } },
              { "ContentItemId": "4letter000000000000000000003", "ContentType": "Letter", "DisplayText": "Three", "Latest": true, "Published": true,
                "TitlePart": { "Title": "Three" }, "Letter": { "Recipient": { "Text": "C" }, "Summary": { "Text": "" } } },
              { "ContentItemId": "4note00000000000000000000001", "ContentType": "Note", "DisplayText": "N1", "Latest": true, "Published": true,
                "TitlePart": { "Title": "N1" } },
              { "ContentItemId": "4note00000000000000000000002", "ContentType": "Note", "DisplayText": "N2", "Latest": true, "Published": true,
                "TitlePart": { "Title": "N2" } } ] }
          ]
        }
        """;

    /// <summary>Every destructive kind, one or two per step, then content on top of the changed type.</summary>
    private const string EveryDestructiveChange = """
        {
          "name": "Reshape",
          "steps": [
            { "name": "ContentDefinition", "ContentParts": [ { "Name": "Letter", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Score" } ] } ] },
            { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "Letter", "ContentTypePartDefinitionRecords": [ { "PartName": "Other", "Name": "Extra" } ] } ],
              "ContentParts": [ { "Name": "Other", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Aside" } ] } ] },
            { "name": "ReplaceContentDefinition",
              "ContentTypes": [ { "Name": "Letter", "DisplayName": "Letter", "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Letter", "Name": "Letter" } ] } ],
              "ContentParts": [ { "Name": "Letter", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Recipient" }, { "FieldName": "TextField", "Name": "Score" } ] } ] },
            { "name": "DeleteContentDefinition", "ContentTypes": [ "Note" ] },
            { "name": "Content", "data": [
              { "ContentItemId": "4letter000000000000000000004", "ContentType": "Letter", "DisplayText": "Four", "Latest": true, "Published": true,
                "TitlePart": { "Title": "Four" }, "Letter": { "Recipient": { "Text": "D" } } } ] }
          ]
        }
        """;

    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await TestSite.CreateAsync(Provider);
        await _site.RunRecipeAsync(RecipeReader.Read(Seed));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task DryRun_EveryDestructiveKind_PlansEachStepWithItemCountsAndChangesNothing()
    {
        var before = await _site.FingerprintAsync();

        var result = await RunAsync(EveryDestructiveChange, dryRun: true, allowDataLoss: true);

        Assert.True(result.DryRun);
        Assert.Equal([(FieldKindChanged, "Letter", "Score", 1)], Changes(result, 0));
        Assert.Contains((PartKindChanged, "Letter", "Extra", 2), Changes(result, 1));
        Assert.Equal([(PartDetached, "Letter", "Extra", 2), (FieldRemoved, "Letter", "Summary", 2)], Changes(result, 2).Where(c => c.Item4 > 0));
        Assert.Equal([(TypeDeleted, "Note", null, 2)], Changes(result, 3));
        Assert.Equal(1, result.Steps[4].Counts["created"]);
        Assert.Equal("$.steps[2].ContentTypes[0]", result.Steps[2].DefinitionChanges.Single(c => c.Kind == PartDetached).JsonPath);
        Assert.Equal("$.steps[2].ContentParts[0]", result.Steps[2].DefinitionChanges.Single(c => c.Field == "Summary").JsonPath);
        Assert.Equal("$.steps[0].ContentParts[0].ContentPartFieldDefinitionRecords[0]", result.Steps[0].DefinitionChanges[0].JsonPath);
        Assert.Equal("$.steps[3].ContentTypes[0]", result.Steps[3].DefinitionChanges[0].JsonPath);
        Assert.Equal(4, result.HiddenItems);
        Assert.Equal(before, await _site.FingerprintAsync());
    }

    [Fact]
    public async Task Run_HidesValuesWithoutLeave_RefusedNamingStepAndPathAndNothingWritten()
    {
        var before = await _site.FingerprintAsync();

        var refused = await Assert.ThrowsAsync<RecipeExecutionException>(() => RunAsync(EveryDestructiveChange));

        Assert.Equal(RecipeError.DataLoss, refused.Error.Code);
        Assert.Equal((0, "ContentDefinition", "$.steps[0].ContentParts[0].ContentPartFieldDefinitionRecords[0]"),
            (refused.StepIndex, refused.StepName, refused.JsonPath));
        Assert.Contains("hide the stored values of 4 content items", refused.Error.Message, StringComparison.Ordinal);
        Assert.Contains("step 4 (DeleteContentDefinition), JSON path $.steps[3].ContentTypes[0]: type 'Note' deleted: 2 items hidden", refused.Error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _site.FingerprintAsync());
    }

    [Fact]
    public async Task Run_AllowDataLoss_AppliesAndReportsWhatWasHidden()
    {
        var result = await RunAsync(EveryDestructiveChange, allowDataLoss: true);

        Assert.True(result.Succeeded);
        Assert.Equal(4, result.HiddenItems);
        Assert.Equal(
            [(FieldKindChanged, "Letter", "Score", 1), (PartDetached, "Letter", "Extra", 2), (FieldRemoved, "Letter", "Summary", 2), (TypeDeleted, "Note", null, 2)],
            result.HiddenData.Select(Key));
        var definitions = (await _site.DefinitionStore.GetAsync(None)).Document;
        Assert.Null(definitions.FindType("Note"));
        Assert.Null(definitions.FindType("Letter")!.FindPart("Extra"));
    }

    [Fact]
    public async Task Run_TypeDeletedThenDefinedAgainWithItsParts_HidesNothingAndIsNotRefused()
    {
        const string recipe = """
            { "name": "Reset", "steps": [
              { "name": "DeleteContentDefinition", "ContentTypes": [ "Note" ] },
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Note", "DisplayName": "Note",
                "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] } ] }
            """;

        var result = await RunAsync(recipe);

        Assert.Equal([(TypeDeleted, "Note", null, 2)], Changes(result, 0));
        Assert.Empty(result.HiddenData);
    }

    [Fact]
    public async Task Run_RemovesFieldNoItemFills_IsNotRefused()
    {
        const string recipe = """
            { "name": "Trim", "steps": [ { "name": "ReplaceContentDefinition",
              "ContentTypes": [ { "Name": "Letter", "DisplayName": "Letter", "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Letter", "Name": "Letter" }, { "PartName": "Extra", "Name": "Extra" } ] } ],
              "ContentParts": [ { "Name": "Letter", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Recipient" }, { "FieldName": "TextField", "Name": "Summary" }, { "FieldName": "NumericField", "Name": "Score" } ] } ] } ] }
            """;

        var result = await RunAsync(recipe);

        Assert.Equal([(FieldRemoved, "Letter", "Unused", 0)], Changes(result, 0));
        Assert.Empty(result.HiddenData);
        Assert.Null((await _site.DefinitionStore.GetAsync(None)).Document.FindPart("Letter")!.FindField("Unused"));
    }

    [Fact]
    public async Task DryRun_ItemsImportedByAnEarlierStep_AreCountedByTheLaterChange()
    {
        // Why a dry run executes the steps rather than reading the recipe: the count must include what earlier steps wrote.
        const string recipe = """
            { "name": "ImportThenDrop", "steps": [
              { "name": "Content", "data": [ { "ContentItemId": "4note00000000000000000000003", "ContentType": "Note", "DisplayText": "N3",
                "Latest": true, "Published": true, "TitlePart": { "Title": "N3" } } ] },
              { "name": "DeleteContentDefinition", "ContentTypes": [ "Note" ] } ] }
            """;

        var refused = await Assert.ThrowsAsync<RecipeExecutionException>(() => RunAsync(recipe, dryRun: true));

        Assert.Equal([(TypeDeleted, "Note", null, 3)], Changes(refused.Result, 1));
        Assert.Equal(3, refused.Result.HiddenItems);
        Assert.True(refused.Result.DryRun);
    }

    private Task<RecipeResult> RunAsync(string json, bool dryRun = false, bool allowDataLoss = false) =>
        _site.Recipes.RunAsync(RecipeReader.Read(json), new RecipeRunRequest
        {
            Parameters = TestSite.AdminParameters,
            DryRun = dryRun,
            AllowDataLoss = allowDataLoss,
        }, None);

    private static List<(ContentDefinitionChangeKind, string?, string?, int)> Changes(RecipeResult result, int step) =>
        result.Steps[step].DefinitionChanges.Select(Key).ToList();

    private static (ContentDefinitionChangeKind, string?, string?, int) Key(ContentDefinitionChange change) =>
        (change.Kind, change.ContentType, change.Field ?? change.Part, change.Items);

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : RecipeDataLossTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}
