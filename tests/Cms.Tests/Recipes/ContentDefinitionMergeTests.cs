using System.Text.Json.Nodes;
using Cms.Core.Definitions;
using Cms.Core.Recipes;
using Cms.Core.Recipes.Steps;

namespace Cms.Tests.Recipes;

public sealed class ContentDefinitionMergeTests
{
    private const string BlogPostStep = """
        { "name": "ContentDefinition",
          "ContentTypes": [ { "Name": "BlogPost", "DisplayName": "Blog Post", "Hidden": false,
            "Settings": { "ContentTypeSettings": { "Draftable": true, "Listable": true }, "Extra": { "Tags": ["a", "b"] } },
            "ContentTypePartDefinitionRecords": [
              { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
              { "PartName": "BlogPost", "Name": "BlogPost" } ] } ],
          "ContentParts": [ { "Name": "BlogPost", "Settings": { "ContentPartSettings": { "Attachable": false } },
            "ContentPartFieldDefinitionRecords": [
              { "FieldName": "TextField", "Name": "Subtitle", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Subtitle", "Position": "0" } } },
              { "FieldName": "MediaField", "Name": "Image", "Settings": { "ContentIndexSettings": { "Included": true } } } ] } ] }
        """;

    [Fact]
    public async Task Merge_NewDefinitions_AreCreatedAsWritten()
    {
        var definitions = await RunAsync(BlogPostStep);

        var type = Assert.Single(definitions.Types);
        Assert.Equal("Blog Post", type.DisplayName);
        Assert.True(type.TypeSettings.Draftable);
        Assert.Equal(["TitlePart", "BlogPost"], type.Parts.Select(p => p.Name));
        Assert.Equal(0, type.FindPart("TitlePart")!.Position);
        var part = Assert.Single(definitions.Parts);
        Assert.Equal(["Subtitle", "Image"], part.Fields.Select(f => f.Name));
        Assert.Equal("TextField", part.FindField("Subtitle")!.FieldName);
        Assert.Equal("Subtitle", part.FindField("Subtitle")!.DisplayName);
        Assert.False(type.Settings.ContainsKey("Hidden"));
    }

    [Fact]
    public async Task Merge_LegacyContentIndexSettings_BecomesLuceneContentIndexSettings()
    {
        var definitions = await RunAsync(BlogPostStep);

        var settings = definitions.FindPart("BlogPost")!.FindField("Image")!.Settings;
        Assert.False(settings.ContainsKey("ContentIndexSettings"));
        Assert.True(settings["LuceneContentIndexSettings"]!["Included"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Merge_ExistingType_KeepsUnlistedPartsAndFields()
    {
        var definitions = await RunAsync(BlogPostStep);

        await RunAsync("""
            { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "BlogPost", "DisplayName": "Post",
                "ContentTypePartDefinitionRecords": [ { "PartName": "MarkdownBodyPart", "Name": "MarkdownBodyPart" } ] } ],
              "ContentParts": [ { "Name": "BlogPost",
                "ContentPartFieldDefinitionRecords": [ { "FieldName": "TaxonomyField", "Name": "Tags" } ] } ] }
            """, definitions);

        var type = definitions.FindType("BlogPost")!;
        Assert.Equal("Post", type.DisplayName);
        Assert.Equal(["TitlePart", "BlogPost", "MarkdownBodyPart"], type.Parts.Select(p => p.Name));
        Assert.Equal(["Subtitle", "Image", "Tags"], definitions.FindPart("BlogPost")!.Fields.Select(f => f.Name));
    }

    [Fact]
    public async Task Merge_Settings_AreDeepMergedAndArraysReplaced()
    {
        var definitions = await RunAsync(BlogPostStep);

        await RunAsync("""
            { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "BlogPost", "DisplayName": "Blog Post",
                "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": false }, "Extra": { "Tags": ["c"] } },
                "ContentTypePartDefinitionRecords": [
                  { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Editor": "Wide" } } } ] } ] }
            """, definitions);

        var type = definitions.FindType("BlogPost")!;
        Assert.Equal(new ContentTypeSettings(true, false, true, false, false, null, null), type.TypeSettings);
        Assert.Equal(["c"], SettingsReader.GetStrings(type.Settings, "Extra", "Tags"));
        var title = type.FindPart("TitlePart")!.Settings["ContentTypePartSettings"]!;
        Assert.Equal("0", title["Position"]!.GetValue<string>());
        Assert.Equal("Wide", title["Editor"]!.GetValue<string>());
    }

    [Fact]
    public async Task Merge_NoDisplayName_LeavesDisplayNameAndTypeSettingsAlone()
    {
        var definitions = await RunAsync(BlogPostStep);

        await RunAsync("""
            { "name": "ContentDefinition", "ContentTypes": [ { "Name": "BlogPost",
                "Settings": { "ContentTypeSettings": { "Draftable": false } } } ] }
            """, definitions);

        var type = definitions.FindType("BlogPost")!;
        Assert.Equal("Blog Post", type.DisplayName);
        Assert.True(type.TypeSettings.Draftable);
    }

    [Fact]
    public async Task Merge_NewTypeWithoutDisplayName_IsNamedAfterItself()
    {
        var definitions = await RunAsync("""{ "name": "ContentDefinition", "ContentTypes": [ { "Name": "Note" } ] }""");

        Assert.Equal("Note", definitions.FindType("Note")!.DisplayName);
    }

    [Fact]
    public async Task Merge_PayloadKeysInAnyCase_AreRead()
    {
        var definitions = await RunAsync("""
            { "name": "contentdefinition",
              "contentTypes": [ { "name": "Note", "displayName": "A note",
                "contentTypePartDefinitionRecords": [ { "partName": "Note", "name": "Note", "settings": { "S": { "a": 1 } } } ] } ],
              "contentParts": [ { "name": "Note",
                "contentPartFieldDefinitionRecords": [ { "fieldName": "TextField", "name": "Body" } ] } ] }
            """);

        Assert.Equal("A note", definitions.FindType("Note")!.DisplayName);
        Assert.Equal(1, definitions.FindType("Note")!.FindPart("Note")!.Settings["S"]!["a"]!.GetValue<int>());
        Assert.Equal("TextField", definitions.FindPart("Note")!.FindField("Body")!.FieldName);
    }

    [Fact]
    public async Task Merge_NamedPart_KeepsItsDefinitionName()
    {
        var definitions = await RunAsync("""
            { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Landing", "DisplayName": "Landing",
                "ContentTypePartDefinitionRecords": [ { "PartName": "BagPart", "Name": "Services" } ] } ] }
            """);

        var part = definitions.FindType("Landing")!.FindPart("Services")!;
        Assert.Equal("BagPart", part.PartName);
        Assert.True(part.IsNamedPart);
    }

    [Fact]
    public async Task Merge_FieldWithoutName_FailsNamingThePart()
    {
        var failure = await FailAsync("""
            { "name": "ContentDefinition", "ContentParts": [ { "Name": "BlogPost",
                "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField" } ] } ] }
            """);

        Assert.Equal("Unable to add a field to the 'BlogPost' content-part. The field name cannot be null or empty.", failure.Error.Message);
        Assert.Equal("$.steps[0].ContentParts[0].ContentPartFieldDefinitionRecords[0]", failure.JsonPath);
    }

    [Fact]
    public async Task Merge_FieldWithoutType_FailsNamingTheField()
    {
        var failure = await FailAsync("""
            { "name": "ContentDefinition", "ContentParts": [ { "Name": "BlogPost",
                "ContentPartFieldDefinitionRecords": [ { "Name": "Subtitle" } ] } ] }
            """);

        Assert.Contains("'Subtitle'", failure.Error.Message, StringComparison.Ordinal);
        Assert.Contains("'BlogPost'", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_InvalidLaterEntry_ChangesNothing()
    {
        var definitions = new ContentDefinitionDocument();

        await FailAsync("""
            { "name": "ContentDefinition", "ContentTypes": [
                { "Name": "Good", "DisplayName": "Good" },
                { "Name": "Bad", "ContentTypePartDefinitionRecords": [ { "Name": "TitlePart" } ] } ] }
            """, definitions);

        Assert.Empty(definitions.Types);
    }

    [Fact]
    public async Task Merge_SettingsNotAnObject_FailsWithPath()
    {
        var failure = await FailAsync("""{ "name": "ContentDefinition", "ContentTypes": [ { "Name": "T", "Settings": [] } ] }""");

        Assert.Equal("$.steps[0].ContentTypes[0].Settings", failure.JsonPath);
    }

    [Fact]
    public async Task Replace_ListedType_IsRecreatedFromTheStepAlone()
    {
        var definitions = await RunAsync(BlogPostStep);

        await RunAsync("""
            { "name": "ReplaceContentDefinition",
              "ContentTypes": [ { "Name": "BlogPost", "DisplayName": "Post",
                "Settings": { "ContentTypeSettings": { "Creatable": true } },
                "ContentTypePartDefinitionRecords": [ { "PartName": "BlogPost", "Name": "BlogPost" } ] } ],
              "ContentParts": [ { "Name": "BlogPost",
                "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Lead" } ] } ] }
            """, definitions);

        var type = definitions.FindType("BlogPost")!;
        Assert.Equal(["BlogPost"], type.Parts.Select(p => p.Name));
        Assert.Equal(new ContentTypeSettings(true, false, false, false, false, null, null), type.TypeSettings);
        Assert.False(type.Settings.ContainsKey("Extra"));
        var part = definitions.FindPart("BlogPost")!;
        Assert.Equal(["Lead"], part.Fields.Select(f => f.Name));
        Assert.False(part.Settings.ContainsKey("ContentPartSettings"));
    }

    [Fact]
    public async Task Delete_ListedTypesAndParts_AreRemovedAndMissingOnesIgnored()
    {
        var definitions = await RunAsync(BlogPostStep);
        await RunAsync("""{ "name": "ContentDefinition", "ContentTypes": [ { "Name": "Note", "ContentTypePartDefinitionRecords": [ { "PartName": "BlogPost" } ] } ] }""", definitions);

        var result = await RunResultAsync("""
            { "name": "DeleteContentDefinition", "ContentTypes": [ "BlogPost", "Missing" ], "ContentParts": [ "BlogPost", "Nope" ] }
            """, definitions);

        Assert.Null(definitions.FindType("BlogPost"));
        Assert.Null(definitions.FindPart("BlogPost"));
        Assert.Empty(definitions.FindType("Note")!.Parts);
        Assert.Equal("1 types deleted, 1 parts deleted", result.Steps[0].Summary);
    }

    [Fact]
    public async Task Step_Counts_AreReported()
    {
        var result = await RunResultAsync(BlogPostStep, new ContentDefinitionDocument());

        Assert.Equal("1 types, 1 parts", result.Steps[0].Summary);
    }

    private static RecipeExecutor Executor() =>
        new([new ContentDefinitionStep(), new ReplaceContentDefinitionStep(), new DeleteContentDefinitionStep()]);

    private static async Task<ContentDefinitionDocument> RunAsync(string step, ContentDefinitionDocument? definitions = null)
    {
        definitions ??= new ContentDefinitionDocument();
        await RunResultAsync(step, definitions);
        return definitions;
    }

    private static Task<RecipeResult> RunResultAsync(string step, ContentDefinitionDocument definitions) =>
        Executor().ExecuteAsync(
            RecipeReader.Read($$"""{ "name": "T", "steps": [ {{step}} ] }"""), new RecipeEnvironment { Strict = true }, definitions,
            CancellationToken.None);

    private static Task<RecipeExecutionException> FailAsync(string step, ContentDefinitionDocument? definitions = null) =>
        Assert.ThrowsAsync<RecipeExecutionException>(() => RunResultAsync(step, definitions ?? new ContentDefinitionDocument()));
}
