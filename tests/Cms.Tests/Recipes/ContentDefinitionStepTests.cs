using Cms.Core.Definitions;
using Cms.Core.Recipes;
using Cms.Core.Recipes.Steps;

namespace Cms.Tests.Recipes;

/// <summary>The definition steps of Orchard's own setup recipes, run alone (every other step is skipped).</summary>
public sealed class ContentDefinitionStepTests
{
    [Fact]
    public async Task Execute_BlogRecipe_DefinesItsTypesPartsAndFields()
    {
        var (definitions, result) = await RunAsync("blog.recipe.json");

        Assert.Equal(11, definitions.Types.Count);
        Assert.Equal(8, definitions.Parts.Count);
        var blogPost = definitions.FindType("BlogPost")!;
        Assert.Equal("Blog Post", blogPost.DisplayName);
        Assert.Equal(
            ["TitlePart", "AutoroutePart", "MarkdownBodyPart", "BlogPost"],
            blogPost.OrderedParts().Select(p => p.Name));
        Assert.Equal(
            "{{ Model.ContentItem | container | display_text | slugify }}/{{ Model.ContentItem | display_text | slugify }}",
            SettingsReader.GetString(blogPost.FindPart("AutoroutePart")!.Settings, "AutoroutePartSettings", "Pattern"));
        Assert.Equal(["BlogPost"], SettingsReader.GetStrings(
            definitions.FindType("Blog")!.FindPart("ListPart")!.Settings, "ListPartSettings", "ContainedContentTypes"));

        var post = definitions.FindPart("BlogPost")!;
        Assert.Equal(["Subtitle:TextField", "Image:MediaField", "Tags:TaxonomyField", "Category:TaxonomyField"],
            post.Fields.Select(f => $"{f.Name}:{f.FieldName}"));
        var tags = SettingsReader.GetString(post.FindField("Tags")!.Settings, "TaxonomyFieldSettings", "TaxonomyContentItemId");
        var category = SettingsReader.GetString(post.FindField("Category")!.Settings, "TaxonomyFieldSettings", "TaxonomyContentItemId");
        Assert.Matches("^[0-9a-z]{26}$", tags);
        Assert.Matches("^[0-9a-z]{26}$", category);
        Assert.NotEqual(tags, category);
        Assert.Equal("HtmlField", definitions.FindPart("Paragraph")!.FindField("Content")!.FieldName);

        var step = Assert.Single(result.Steps, s => s.Outcome == RecipeStepOutcome.Executed);
        Assert.Equal("ContentDefinition", step.Name);
        Assert.Equal("11 types, 8 parts", step.Summary);
        Assert.Contains(result.SkippedSteps, s => s.Name == "content");
    }

    [Fact]
    public async Task Execute_BlogRecipeTwice_GivesTheSameDefinitions()
    {
        var (definitions, _) = await RunAsync("blog.recipe.json");
        var first = Shape(definitions);

        var recipe = await RecipeReader.ReadFileAsync(CompatRecipeFiles.PathOf("blog.recipe.json"), CancellationToken.None);
        await Executor().ExecuteAsync(recipe, RecipeEnvironment.Empty, definitions, CancellationToken.None);

        Assert.Equal(first, Shape(definitions));
    }

    [Fact]
    public async Task Execute_BlogDefinitions_SurviveTheDocumentRoundTrip()
    {
        var (definitions, _) = await RunAsync("blog.recipe.json");

        var copy = ContentDefinitionDocument.FromJson(definitions.ToJson());

        Assert.Equal(Shape(definitions), Shape(copy));
    }

    [Fact]
    public async Task Execute_HeadlessRecipe_HasNoDefinitionStepsAndReportsTheOthersAsSkipped()
    {
        var (definitions, result) = await RunAsync("headless.recipe.json");

        Assert.Empty(definitions.Types);
        Assert.Empty(definitions.Parts);
        Assert.All(result.Steps, s => Assert.Equal(RecipeStepOutcome.Skipped, s.Outcome));
        Assert.Equal(["feature", "Roles", "settings", "themes"], result.SkippedSteps.Select(s => s.Name));
    }

    private static RecipeExecutor Executor() =>
        new([new ContentDefinitionStep(), new ReplaceContentDefinitionStep(), new DeleteContentDefinitionStep()]);

    private static async Task<(ContentDefinitionDocument Definitions, RecipeResult Result)> RunAsync(string file)
    {
        var recipe = await RecipeReader.ReadFileAsync(CompatRecipeFiles.PathOf(file), CancellationToken.None);
        var definitions = new ContentDefinitionDocument();
        var result = await Executor().ExecuteAsync(recipe, RecipeEnvironment.Empty, definitions, CancellationToken.None);
        return (definitions, result);
    }

    private static string Shape(ContentDefinitionDocument definitions) => string.Join("\n",
        definitions.Types.Select(t => $"{t.Name}({t.DisplayName}): {string.Join(",", t.Parts.Select(p => $"{p.Name}/{p.PartName}"))}")
            .Concat(definitions.Parts.Select(p => $"{p.Name}: {string.Join(",", p.Fields.Select(f => $"{f.Name}/{f.FieldName}"))}")));
}
