using System.Text.Json.Nodes;
using Cms.Tests.Support;

namespace Cms.Tests.Cli;

/// <summary><c>recipe run --dry-run</c> and <c>--allow-data-loss</c> through the real command line, on the test setup's Note type.</summary>
public sealed class RecipeRunDataLossTests : IDisposable
{
    /// <summary>Orchard's rule: a replaced part is deleted from every type first, so type Note loses its own part and Body.</summary>
    private const string ReplaceNotePart = """
        { "name": "ReplaceNote", "steps": [
          { "name": "ReplaceContentDefinition", "ContentParts": [ { "Name": "Note", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Body" } ] } ] } ] }
        """;

    private readonly CliTestFolder _cli = new();

    private string DataPath => _cli.DataPath;

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task RecipeRun_DryRun_PrintsEachStepsChangesAndCountsAndChangesNothing()
    {
        await SetUpNotesAsync();
        var recipe = _cli.WriteRecipe("""
            { "name": "Grow", "steps": [
              { "name": "ContentDefinition", "ContentParts": [ { "Name": "Note", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Source" } ] } ] },
              { "name": "Content", "data": [ { "ContentItemId": "4note0000000000000000000009", "ContentType": "Note", "DisplayText": "More",
                "Latest": true, "Published": true, "TitlePart": { "Title": "More" }, "Note": { "Body": { "Text": "more" } } } ] },
              { "name": "Settings", "SiteName": "Grown" } ] }
            """);

        var dryRun = await CliTestFolder.RunAsync("recipe", "run", recipe, "--data-path", DataPath, "--dry-run");
        var export = await ExportAsync();

        Assert.True(dryRun.ExitCode == 0, dryRun.Output + dryRun.Errors);
        Assert.Contains("dry run: every step ran and was rolled back, nothing was changed", dryRun.Output, StringComparison.Ordinal);
        Assert.Contains("  1. ContentDefinition", dryRun.Output, StringComparison.Ordinal);
        Assert.Contains("field 'Note.Source' (TextField) added in type 'Note': 1 item gets it empty", dryRun.Output, StringComparison.Ordinal);
        Assert.Contains("1 items, 1 created, 0 updated, 0 unchanged", dryRun.Output, StringComparison.Ordinal);
        Assert.Contains("  3. Settings", dryRun.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Source", export, StringComparison.Ordinal);
        Assert.DoesNotContain("More", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipeRun_DryRunDetachingPartWithData_PlansTheCountAndExitsThree()
    {
        await SetUpNotesAsync();
        var recipe = _cli.WriteRecipe(ReplaceNotePart);

        var (code, output, errors) = await CliTestFolder.RunAsync("recipe", "run", recipe, "--data-path", DataPath, "--dry-run");

        Assert.Equal(3, code);
        Assert.Contains("! part 'Note' (Note) detached from type 'Note': 1 item holds values in it", output, StringComparison.Ordinal);
        Assert.Contains("This run would hide the stored values of 1 content item", output, StringComparison.Ordinal);
        Assert.Contains("A real run would be refused: add --allow-data-loss", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipeRun_DetachingPartWithData_ExitsThreeNamingFileStepAndPathAndChangesNothing()
    {
        await SetUpNotesAsync();
        var recipe = _cli.WriteRecipe(ReplaceNotePart);
        var before = await ExportAsync();

        var (code, _, errors) = await CliTestFolder.RunAsync("recipe", "run", recipe, "--data-path", DataPath);

        Assert.Equal(3, code);
        Assert.Contains(recipe, errors, StringComparison.Ordinal);
        Assert.Contains("Recipe 'ReplaceNote' failed at step 1 (ReplaceContentDefinition), JSON path $.steps[0].ContentParts[0]", errors, StringComparison.Ordinal);
        Assert.Contains("hide the stored values of 1 content item", errors, StringComparison.Ordinal);
        Assert.Contains("--allow-data-loss", errors, StringComparison.Ordinal);
        Assert.Equal(before, await ExportAsync());
    }

    [Fact]
    public async Task RecipeRun_AllowDataLoss_AppliesAndReportsTheHiddenCount()
    {
        await SetUpNotesAsync();
        var recipe = _cli.WriteRecipe(ReplaceNotePart);

        var (code, output, errors) = await CliTestFolder.RunAsync("recipe", "run", recipe, "--data-path", DataPath, "--allow-data-loss");

        Assert.True(code == 0, output + errors);
        Assert.Contains("This run hid the stored values of 1 content item:", output, StringComparison.Ordinal);
        Assert.Contains("step 1 (ReplaceContentDefinition), JSON path $.steps[0].ContentParts[0]: part 'Note' (Note) detached from type 'Note'", output, StringComparison.Ordinal);
        var type = JsonNode.Parse(await ExportAsync())!["steps"]![0]!["ContentTypes"]!.AsArray().Single(t => t!["Name"]!.GetValue<string>() == "Note")!;
        Assert.DoesNotContain(type["ContentTypePartDefinitionRecords"]!.AsArray(), p => p!["Name"]!.GetValue<string>() == "Note");
    }

    [Fact]
    public async Task Export_AfterTypeWithItemsDeleted_KeepsItsItemsInAStepImportsSkip()
    {
        await SetUpNotesAsync();
        var recipe = _cli.WriteRecipe("""{ "name": "DropNote", "steps": [ { "name": "DeleteContentDefinition", "ContentTypes": [ "Note" ] } ] }""");

        var refused = await CliTestFolder.RunAsync("recipe", "run", recipe, "--data-path", DataPath);
        var allowed = await CliTestFolder.RunAsync("recipe", "run", recipe, "--data-path", DataPath, "--allow-data-loss");
        var export = JsonNode.Parse(await ExportAsync())!;

        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("type 'Note' deleted: 1 item hidden", refused.Errors, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        var kept = export["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "DeletedTypeContent")!;
        Assert.Equal(["Note"], kept["ContentTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("Welcome", Assert.Single(kept["data"]!.AsArray())!["DisplayText"]!.GetValue<string>());
        var file = TestRecipes.WriteTo(_cli.Folder, export.ToJsonString(), "reimport.recipe.json");
        var reimport = await CliTestFolder.RunAsync("recipe", "run", file, "--data-path", DataPath);
        Assert.True(reimport.ExitCode == 0, reimport.Output + reimport.Errors);
        Assert.Contains("(DeletedTypeContent) was skipped", reimport.Output, StringComparison.Ordinal);
    }

    private async Task SetUpNotesAsync()
    {
        var recipe = TestRecipes.WriteTo(_cli.Folder, TestRecipes.Setup, "notes.recipe.json");
        var (code, output, errors) = await CliTestFolder.RunAsync("setup", "--data-path", DataPath, "--recipe", recipe, "--admin-password", "Secret-passw0rd");
        Assert.True(code == 0, output + errors);
    }

    /// <summary>A full export (definitions and content) without its time stamp, so two exports of one site are equal.</summary>
    private async Task<string> ExportAsync()
    {
        var file = Path.Combine(_cli.Folder, $"export-{Guid.NewGuid():n}.recipe.json");
        var (code, output, errors) = await CliTestFolder.RunAsync("export", "--data-path", DataPath, "--definitions", "--content", "--out", file);
        Assert.True(code == 0, output + errors);
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();
        recipe.Remove("exportUtc");
        return recipe.ToJsonString();
    }
}
