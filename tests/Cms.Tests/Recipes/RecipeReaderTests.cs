using Cms.Core.Recipes;

namespace Cms.Tests.Recipes;

public sealed class RecipeReaderTests
{
    [Fact]
    public void Read_InvalidJson_ReportsFileLineAndColumn()
    {
        const string json = "{\n  \"name\": \"Broken\",\n  \"steps\": [ { \"name\": \"x\" } }\n}";

        var error = Assert.Throws<RecipeFormatException>(() => RecipeReader.Read(json, "broken.recipe.json"));

        Assert.Equal(3, error.Line);
        Assert.Equal(30, error.Column);
        Assert.StartsWith("broken.recipe.json: invalid JSON at line 3, column 30:", error.Message, StringComparison.Ordinal);
        Assert.Equal("broken.recipe.json", error.FileName);
    }

    [Fact]
    public void Read_InvalidJsonAfterNonAsciiText_CountsColumnsInCharacters()
    {
        const string json = "{ \"name\": \"é€\" ,, }";

        var error = Assert.Throws<RecipeFormatException>(() => RecipeReader.Read(json, "r.json"));

        Assert.Equal(1, error.Line);
        Assert.Equal(17, error.Column);
    }

    [Fact]
    public void Read_StepWithoutName_ReportsIndexAndPath()
    {
        const string json = """{ "steps": [ { "name": "a" }, { "name": "b" }, { "name": "c" }, { "Data": [] } ] }""";

        var error = Assert.Throws<RecipeFormatException>(() => RecipeReader.Read(json, "r.recipe.json"));

        Assert.Equal("$.steps[3]", error.JsonPath);
        Assert.Contains("step 4 (JSON path $.steps[3])", error.Message, StringComparison.Ordinal);
        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("r.recipe.json:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StepThatIsNotAnObject_ReportsIndexAndPath()
    {
        const string json = """{ "steps": [ { "name": "a" }, "feature" ] }""";

        var error = Assert.Throws<RecipeFormatException>(() => RecipeReader.Read(json, "r.recipe.json"));

        Assert.Equal("$.steps[1]", error.JsonPath);
        Assert.Contains("step 2 (JSON path $.steps[1]) must be a JSON object", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"recipe\"")]
    public void Read_TopLevelNotAnObject_Fails(string json)
    {
        var error = Assert.Throws<RecipeFormatException>(() => RecipeReader.Read(json, "r.json"));

        Assert.Contains("must be a JSON object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CommentsAndTrailingCommas_AreAllowed()
    {
        const string json = """
            {
              // a comment
              "name": "Commented", /* another */
              "steps": [
                { "name": "feature", "enable": [ "A", "B", ], },
              ],
            }
            """;

        var recipe = RecipeReader.Read(json);

        Assert.Equal("Commented", recipe.Name);
        Assert.Equal("feature", Assert.Single(recipe.Steps).Name);
    }

    [Fact]
    public void Read_HeaderNamesInAnyCase_AreRead()
    {
        const string json = """
            { "NAME": "N", "DisplayName": "D", "DESCRIPTION": "Desc", "Author": "A", "WebSite": "https://x",
              "Version": "2.0", "IsSetupRecipe": true, "ExportUtc": "2024-05-01T10:00:00Z",
              "Categories": ["default"], "TAGS": ["hidden"], "Variables": { "v": "1" }, "Steps": [ { "name": "s" } ] }
            """;

        var recipe = RecipeReader.Read(json);

        Assert.Equal("N", recipe.Name);
        Assert.Equal("D", recipe.DisplayName);
        Assert.Equal("Desc", recipe.Description);
        Assert.Equal("A", recipe.Author);
        Assert.Equal("https://x", recipe.WebSite);
        Assert.Equal("2.0", recipe.Version);
        Assert.True(recipe.IsSetupRecipe);
        Assert.Equal(new DateTime(2024, 5, 1, 10, 0, 0, DateTimeKind.Utc), recipe.ExportUtc);
        Assert.Equal(["default"], recipe.Categories);
        Assert.Equal(["hidden"], recipe.Tags);
        Assert.True(recipe.Variables.ContainsKey("v"));
        Assert.Single(recipe.Steps);
    }

    [Fact]
    public void Read_StepsKeepTheirPayloadAndIndex()
    {
        var recipe = RecipeReader.Read("""{ "steps": [ { "name": "a" }, { "name": "Content", "data": [ { "x": 1 } ] } ] }""");

        var step = recipe.Steps[1];
        Assert.Equal(1, step.Index);
        Assert.Equal("$.steps[1]", step.JsonPath);
        Assert.Equal(1, step.Data["data"]![0]!["x"]!.GetValue<int>());
    }

    [Fact]
    public void Read_VariablesAfterSteps_IsFlagged()
    {
        var before = RecipeReader.Read("""{ "variables": { "a": "1" }, "steps": [] }""");
        var after = RecipeReader.Read("""{ "steps": [], "variables": { "a": "1" } }""");

        Assert.False(before.VariablesFollowSteps);
        Assert.True(after.VariablesFollowSteps);
    }

    [Theory]
    [InlineData("blog.recipe.json", "Blog")]
    [InlineData("headless.recipe.json", "Headless")]
    [InlineData("blank.recipe.json", "Blank")]
    [InlineData("tests/recipe-executor-recipe6.json", "Recipe6")]
    public async Task ReadFileAsync_OrchardRecipe_ReadsHeaderAndSteps(string file, string name)
    {
        var path = CompatRecipeFiles.PathOf(file);

        var recipe = await RecipeReader.ReadFileAsync(path, CancellationToken.None);

        Assert.Equal(name, recipe.Name);
        Assert.NotEmpty(recipe.Steps);
        Assert.Equal(Path.GetDirectoryName(path), recipe.BasePath);
        Assert.Equal(path, recipe.FilePath);
    }

    [Fact]
    public async Task ReadFileAsync_MissingFile_NamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():n}.recipe.json");

        var error = await Assert.ThrowsAsync<RecipeFormatException>(() => RecipeReader.ReadFileAsync(path, CancellationToken.None));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ParametersHeader_ListsTheDeclaredNames()
    {
        var recipe = RecipeReader.Read("""{ "name": "r", "parameters": [ "Region", "Edition" ], "steps": [] }""");

        Assert.Equal(["Region", "Edition"], recipe.Parameters);
    }

    [Fact]
    public void Read_ParametersHeaderWithNonName_ReportsItemPath()
    {
        var error = Assert.Throws<RecipeFormatException>(() => RecipeReader.Read("""{ "parameters": [ "Region", 3 ], "steps": [] }""", "r.recipe.json"));

        Assert.Equal("$.parameters[1]", error.JsonPath);
        Assert.Contains("parameter name", error.Message, StringComparison.Ordinal);
    }
}
