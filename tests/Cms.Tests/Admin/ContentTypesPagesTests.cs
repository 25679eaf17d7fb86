using System.Net;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>The content type editor: Orchard's defaults and messages, parts and their order, fields and their settings.</summary>
public sealed class ContentTypesPagesTests : IClassFixture<ContentTypesPagesTests.Site>, IAsyncLifetime
{
    private const string List = "/admin/content-types";
    private readonly Site _site;

    public ContentTypesPagesTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory;

    public Task InitializeAsync() => _site.SeedAsync(TestDefinitions.Articles());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CreateType_FromDisplayName_HasItsOwnPartAndOrchardsAdminFlags()
    {
        using var client = _site.Admin();
        var response = await AdminForms.PostAsync(client, List, List + "?handler=Create", [new("DisplayName", "Press Release")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/content-types/PressRelease", response.Headers.Location?.ToString());
        var type = (await DefinitionsAsync()).FindType("PressRelease")!;
        Assert.Equal("Press Release", type.DisplayName);
        Assert.Equal(new ContentTypeSettings(true, true, true, true, true, null, null), type.TypeSettings);
        var own = Assert.Single(type.Parts);
        Assert.Equal(("PressRelease", "PressRelease"), (own.PartName, own.Name));
    }

    [Theory]
    [InlineData("Article", "Another", "A type with the same Technical Name already exists.")]
    [InlineData("Fresh", "article", "A type with the same Display Name already exists.")]
    [InlineData("1Type", "Numbered", "The Technical Name must start with a letter.")]
    [InlineData("Bad-Name", "Bad", "The Technical Name contains invalid characters.")]
    [InlineData("Content", "Content type", "The Technical Name is reserved for internal use.")]
    public async Task CreateType_Invalid_ShowsOrchardsMessage(string name, string displayName, string message)
    {
        using var client = _site.Admin();
        var response = await AdminForms.PostAsync(client, List, List + "?handler=Create", [new("DisplayName", displayName), new("Name", name)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddNamedBagPart_ConfigureContainedTypes_AndMoveItFirst()
    {
        using var client = _site.Admin();
        await AdminForms.PostAsync(client, List, List + "?handler=Create", [new("DisplayName", "Campaign")]);
        const string page = "/admin/content-types/Campaign";
        await AdminForms.PostAsync(client, page, page + "?handler=AddPart", [new("PartName", "BagPart"), new("PartTechnicalName", "Partners")]);
        await AdminForms.PostAsync(client, page, page + "?handler=AddPart", [new("PartName", "BagPart"), new("PartTechnicalName", "Sponsors")]);
        var duplicate = await AdminForms.PostAsync(client, page, page + "?handler=AddPart", [new("PartName", "BagPart"), new("PartTechnicalName", "Partners")]);
        Assert.Contains("already has a part named &#x27;Partners&#x27;", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        const string bag = "/admin/content-types/Campaign/parts/Sponsors";
        await AdminForms.PostAsync(client, bag, bag, [
            new("DisplayName", "Our sponsors"), new("s.BagPartSettings.ContainedContentTypes", ""), new("s.BagPartSettings.ContainedContentTypes", "Article")]);
        await AdminForms.PostAsync(client, page, page + "?handler=MovePart", [new("part", "Sponsors"), new("delta", "-1")]);
        await AdminForms.PostAsync(client, page, page + "?handler=MovePart", [new("part", "Sponsors"), new("delta", "-1")]);

        var type = (await DefinitionsAsync()).FindType("Campaign")!;
        Assert.Equal(["Sponsors", "Campaign", "Partners"], type.OrderedParts().Select(p => p.Name));
        var sponsors = type.FindPart("Sponsors")!;
        Assert.Equal("BagPart", sponsors.PartName);
        Assert.Equal(["Article"], SettingsReader.GetStrings(sponsors.Settings, "BagPartSettings", "ContainedContentTypes"));
        Assert.Equal("Our sponsors", SettingsReader.GetString(sponsors.Settings, "ContentTypePartSettings", "DisplayName"));
    }

    [Fact]
    public async Task AddFields_ConfigureTheirKindsSettings_AndReorder()
    {
        using var client = _site.Admin();
        await AdminForms.PostAsync(client, List, List + "?handler=Create", [new("DisplayName", "Report")]);
        const string page = "/admin/content-types/Report";
        await AdminForms.PostAsync(client, page, page + "?handler=AddField", [new("FieldDisplayName", "Summary text"), new("FieldKind", "TextField")]);
        await AdminForms.PostAsync(client, page, page + "?handler=AddField", [new("FieldDisplayName", "Pages"), new("FieldKind", "NumericField")]);
        var clash = await AdminForms.PostAsync(client, page, page + "?handler=AddField", [new("FieldDisplayName", "Pages again"), new("FieldName", "Pages"), new("FieldKind", "TextField")]);
        Assert.Contains("A field with the same name already exists.", await clash.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        const string summary = "/admin/content-types/parts/Report/fields/Summarytext";
        await AdminForms.PostAsync(client, summary, summary, [
            new("DisplayName", "Summary"), new("Editor", "TextArea"), new("s.TextFieldSettings.Hint", "Two sentences"),
            new("s.TextFieldSettings.Required", "false"), new("s.TextFieldSettings.Required", "true")]);
        const string pages = "/admin/content-types/parts/Report/fields/Pages";
        var badScale = await AdminForms.PostAsync(client, pages, pages, [new("DisplayName", "Pages"), new("s.NumericFieldSettings.Scale", "1.5")]);
        Assert.Contains("enter a whole number", await badScale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AdminForms.PostAsync(client, pages, pages, [new("DisplayName", "Pages"), new("s.NumericFieldSettings.Scale", "0"), new("s.NumericFieldSettings.Minimum", "1")]);
        await AdminForms.PostAsync(client, page, page + "?handler=MoveField", [new("field", "Pages"), new("delta", "-1")]);

        var part = (await DefinitionsAsync()).FindPart("Report")!;
        Assert.Equal(["Pages", "Summarytext"], part.OrderedFields().Select(f => f.Name));
        var text = part.FindField("Summarytext")!;
        Assert.Equal("Summary", text.DisplayName);
        Assert.Equal("TextArea", SettingsReader.GetString(text.Settings, "ContentPartFieldSettings", "Editor"));
        Assert.True(SettingsReader.GetBool(text.Settings, "TextFieldSettings", "Required"));
        Assert.Equal("Two sentences", SettingsReader.GetString(text.Settings, "TextFieldSettings", "Hint"));
        Assert.Equal(1m, SettingsReader.GetDecimal(part.FindField("Pages")!.Settings, "NumericFieldSettings", "Minimum"));
    }

    [Fact]
    public async Task EditType_FlagsAndStereotype_AreSaved_AndDeleteRemovesAnEmptyType()
    {
        using var client = _site.Admin();
        await AdminForms.PostAsync(client, List, List + "?handler=Create", [new("DisplayName", "Widget Box")]);
        const string page = "/admin/content-types/WidgetBox";
        var saved = await AdminForms.PostAsync(client, page, page + "?handler=Save", [new("DisplayName", "Widget box"), new("Listable", "true"), new("Stereotype", "Widget")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = (await DefinitionsAsync()).FindType("WidgetBox")!.TypeSettings;
        Assert.Equal(new ContentTypeSettings(false, true, false, false, false, "Widget", null), settings);

        await AdminForms.PostAsync(client, page, page + "?handler=Delete", []);
        Assert.Null((await DefinitionsAsync()).FindType("WidgetBox"));
        Assert.Null((await DefinitionsAsync()).FindPart("WidgetBox"));
    }

    [Fact]
    public async Task ReusablePart_WithMultiTextOptions_AttachedByName_ThenDeletedOnceUnused()
    {
        using var client = _site.Admin();
        await AdminForms.PostAsync(client, List, List + "?handler=CreatePart", [new("NewPartName", "Rating")]);
        const string part = "/admin/content-types/parts/Rating";
        await AdminForms.PostAsync(client, part, part + "?handler=AddField", [new("FieldDisplayName", "Stars"), new("FieldKind", "MultiTextField")]);
        const string field = part + "/fields/Stars";
        await AdminForms.PostAsync(client, field, field, [new("DisplayName", "Stars"), new("s.MultiTextFieldSettings.Options", "One star|1\nFive stars|5*")]);
        var options = (await DefinitionsAsync()).FindPart("Rating")!.FindField("Stars")!.Settings["MultiTextFieldSettings"]!["Options"]!.AsArray();
        Assert.Equal(["1", "5"], options.Select(o => (string?)o!["value"]));
        Assert.True((bool?)options[1]!["default"]);

        await AdminForms.PostAsync(client, List, List + "?handler=Create", [new("DisplayName", "Review")]);
        const string type = "/admin/content-types/Review";
        await AdminForms.PostAsync(client, type, type + "?handler=AddPart", [new("PartName", "Rating"), new("PartTechnicalName", "FoodRating")]);
        await AdminForms.PostAsync(client, part, part + "?handler=Delete", []);
        Assert.NotNull((await DefinitionsAsync()).FindPart("Rating"));

        await AdminForms.PostAsync(client, type, type + "?handler=RemovePart", [new("part", "FoodRating")]);
        await AdminForms.PostAsync(client, part, part + "?handler=Delete", []);
        Assert.Null((await DefinitionsAsync()).FindPart("Rating"));
    }

    [Fact]
    public async Task RemoveField_WithStoredValues_AsksToConfirmNamingTheCountThenRemoves()
    {
        using var client = _site.Admin();
        await AdminForms.PostAsync(client, List, List + "?handler=Create", [new("DisplayName", "Memo")]);
        const string type = "/admin/content-types/Memo";
        await AdminForms.PostAsync(client, type, type + "?handler=AddField", [new("FieldDisplayName", "Body"), new("FieldKind", "TextField")]);
        await AdminForms.PostAsync(client, type, type + "?handler=AddField", [new("FieldDisplayName", "Empty"), new("FieldKind", "TextField")]);
        await CreateItemAsync("Memo", "Memo", new JsonObject { ["Body"] = new JsonObject { ["Text"] = "kept" } });

        var unused = await AdminForms.PostAsync(client, type, type + "?handler=RemoveField", [new("field", "Empty")]);
        var held = await AdminForms.PostAsync(client, type, type + "?handler=RemoveField", [new("field", "Body")]);
        var page = System.Net.WebUtility.HtmlDecode(await held.Content.ReadAsStringAsync());
        var fieldAfterHold = (await DefinitionsAsync()).FindPart("Memo")!.FindField("Body");
        var confirmed = await AdminForms.PostAsync(client, type, type + "?handler=RemoveField", [new("field", "Body"), new("ConfirmDataLoss", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, unused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        Assert.Contains("This change would hide the stored values of 1 content item: field 'Memo.Body' (TextField) removed in type 'Memo'", page, StringComparison.Ordinal);
        Assert.Contains("name=\"field\" value=\"Body\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"ConfirmDataLoss\" value=\"true\"", page, StringComparison.Ordinal);
        Assert.NotNull(fieldAfterHold);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Null((await DefinitionsAsync()).FindPart("Memo")!.FindField("Body"));
    }

    [Fact]
    public async Task RemovePart_WithStoredValues_AsksToConfirmNamingTheCountThenRemoves()
    {
        using var client = _site.Admin();
        await AdminForms.PostAsync(client, List, List + "?handler=Create", [new("DisplayName", "Flyer")]);
        const string type = "/admin/content-types/Flyer";
        await AdminForms.PostAsync(client, type, type + "?handler=AddPart", [new("PartName", "TitlePart")]);
        await CreateItemAsync("Flyer", "TitlePart", new JsonObject { ["Title"] = "One" });
        await CreateItemAsync("Flyer", "TitlePart", new JsonObject { ["Title"] = "Two" });

        var held = await AdminForms.PostAsync(client, type, type + "?handler=RemovePart", [new("part", "TitlePart")]);
        var page = System.Net.WebUtility.HtmlDecode(await held.Content.ReadAsStringAsync());
        var partAfterHold = (await DefinitionsAsync()).FindType("Flyer")!.FindPart("TitlePart");
        var confirmed = await AdminForms.PostAsync(client, type, type + "?handler=RemovePart", [new("part", "TitlePart"), new("ConfirmDataLoss", "true")]);

        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        Assert.Contains("hide the stored values of 2 content items: part 'TitlePart' (TitlePart) detached from type 'Flyer': 2 items hold values in it", page, StringComparison.Ordinal);
        Assert.NotNull(partAfterHold);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Null((await DefinitionsAsync()).FindType("Flyer")!.FindPart("TitlePart"));
    }

    [Fact]
    public async Task EveryTypePartAndFieldPage_Renders()
    {
        using var client = _site.Admin();
        var definitions = await DefinitionsAsync();
        var pages = definitions.Types.SelectMany(t => t.Parts.Select(p => $"/admin/content-types/{t.Name}/parts/{p.Name}").Prepend($"/admin/content-types/{t.Name}"))
            .Concat(definitions.Parts.SelectMany(p => p.Fields.Select(f => $"/admin/content-types/parts/{p.Name}/fields/{f.Name}").Prepend($"/admin/content-types/parts/{p.Name}")));

        foreach (var page in pages.Prepend(List))
        {
            var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Editor_MayNotChangeTypes()
    {
        using var editor = _site.ClientFor(CmsWebFactory.Users.EditorId, "Editor");

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(List)).StatusCode);
    }

    private async Task CreateItemAsync(string type, string part, JsonObject value)
    {
        await using var session = await _site.Services.GetRequiredService<ContentStore>().OpenSessionAsync(ContentActor.System, CancellationToken.None);
        var item = session.New(type);
        item.Content[part] = value;
        await session.CreateAsync(item, VersionOptions.Published, CancellationToken.None);
        await session.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<ContentDefinitionDocument> DefinitionsAsync() =>
        (await _site.Services.GetRequiredService<ContentStore>().Definitions.GetAsync(CancellationToken.None)).Document;
}
