using Cms.Core.Recipes;
using Cms.Tests.Support;

namespace Cms.Tests.Ishr;

/// <summary>The NGO's content model (recipes/ishr-schema.recipe.json) as recipes meet it: what it requires of a letter.</summary>
public sealed class IshrSchemaTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await TestSite.CreateAsync();
        await _site.RunRecipeAsync(await RecipeReader.ReadFileAsync(Path.Combine(AppContext.BaseDirectory, "recipes", "ishr-schema.recipe.json"), None));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task ContentStep_LetterWithoutTitle_NamesStepAndPathAndStoresNothing()
    {
        var before = await _site.FingerprintAsync();
        var recipe = RecipeReader.Read("""
            { "name": "letters", "steps": [ { "name": "Content", "data": [
              { "ContentItemId": "l0000000000000000000000001", "ContentType": "Letter", "Published": true, "Latest": true,
                "TitlePart": { "Title": "" },
                "Letter": { "Recipient": { "Text": "The Council" }, "SentDate": { "Value": "2024-04-07" } } } ] } ] }
            """, "letters.recipe.json");

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => _site.RunRecipeAsync(recipe));

        Assert.Equal(0, error.StepIndex);
        Assert.Equal("Content", error.StepName);
        Assert.Equal("$.steps[0].data[0].TitlePart.Title", error.JsonPath);
        Assert.Contains("The Title field is required.", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _site.FingerprintAsync());
    }

    [Fact]
    public async Task ContentStep_LetterWithoutRecipientOrSentDate_NamesBothFields()
    {
        var recipe = RecipeReader.Read("""
            { "name": "letters", "steps": [ { "name": "Content", "data": [
              { "ContentItemId": "l0000000000000000000000002", "ContentType": "Letter", "Published": true, "Latest": true,
                "TitlePart": { "Title": "A letter" }, "Letter": {} } ] } ] }
            """, "letters.recipe.json");

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => _site.RunRecipeAsync(recipe));

        Assert.Equal("$.steps[0].data[0].Letter.Recipient.Text", error.JsonPath);
        Assert.Contains("The Recipient field is required.", error.Message, StringComparison.Ordinal);
        Assert.Contains("The Sent date field is required.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentStep_SignatoryWithoutName_NamesTheOrganisationName()
    {
        var recipe = RecipeReader.Read("""
            { "name": "letters", "steps": [ { "name": "Content", "data": [
              { "ContentItemId": "l0000000000000000000000003", "ContentType": "Letter", "Published": true, "Latest": true,
                "TitlePart": { "Title": "A letter" },
                "Letter": { "Recipient": { "Text": "The Council" }, "SentDate": { "Value": "2024-04-07" } },
                "Signatories": { "ContentItems": [ { "ContentItemId": "s0000000000000000000000001", "ContentType": "Signatory" } ] } } ] } ] }
            """, "letters.recipe.json");

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => _site.RunRecipeAsync(recipe));

        Assert.Equal("$.steps[0].data[0].Signatories.ContentItems[0].TitlePart.Title", error.JsonPath);
        Assert.Contains("The Organisation name field is required.", error.Message, StringComparison.Ordinal);
    }
}
