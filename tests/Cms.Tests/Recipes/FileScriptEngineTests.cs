namespace Cms.Tests.Recipes;

public sealed class FileScriptEngineTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cms-recipe-files-").FullName;

    public FileScriptEngineTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "Snippets"));
        File.WriteAllText(Path.Combine(folder, "Snippets", "footer.html"), "<p>Footer é</p>");
        File.WriteAllBytes(Path.Combine(folder, "image.bin"), [0, 1, 2, 250, 255]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Evaluate_Text_ReturnsTheFileText()
    {
        Assert.Equal("<p>Footer é</p>", await ScriptedRecipe.ValueAsync("[file:text('Snippets/footer.html')]", basePath: folder));
    }

    [Fact]
    public async Task Evaluate_Base64_ReturnsTheBytesAsBase64()
    {
        Assert.Equal("AAEC+v8=", await ScriptedRecipe.ValueAsync("[file: base64(\"image.bin\")]", basePath: folder));
    }

    [Fact]
    public async Task Evaluate_MissingFile_NamesTheFile()
    {
        var failure = await ScriptedRecipe.FailureAsync("[file:text('Snippets/header.html')]", basePath: folder);

        Assert.Contains("The file 'Snippets/header.html' used by the recipe was not found", failure.Error.Message, StringComparison.Ordinal);
        Assert.Equal("$.steps[0].value", failure.JsonPath);
    }

    [Theory]
    [InlineData("[file:text('../outside.txt')]", "outside the recipe's folder")]
    [InlineData("[file:text('Snippets/../../outside.txt')]", "outside the recipe's folder")]
    [InlineData("[file:text('/etc/passwd')]", "must be relative")]
    [InlineData("[file:base64('/etc/passwd')]", "must be relative")]
    public async Task Evaluate_PathLeavingTheFolder_IsRefused(string value, string reason)
    {
        var failure = await ScriptedRecipe.FailureAsync(value, basePath: Path.Combine(folder, "Snippets"));

        Assert.Contains("is refused", failure.Error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_PathWithDotDotStayingInside_IsAllowed()
    {
        Assert.Equal("<p>Footer é</p>", await ScriptedRecipe.ValueAsync("[file:text('Snippets/../Snippets/footer.html')]", basePath: folder));
    }

    [Fact]
    public async Task Evaluate_RecipeWithoutFolder_FailsClearly()
    {
        var failure = await ScriptedRecipe.FailureAsync("[file:text('a.txt')]");

        Assert.Contains("not loaded from a folder", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_UnknownFunction_FailsClearly()
    {
        var failure = await ScriptedRecipe.FailureAsync("[file:delete('a.txt')]", basePath: folder);

        Assert.Contains("is not text('relative/path') or base64('relative/path')", failure.Error.Message, StringComparison.Ordinal);
    }
}
