using System.Text.Json.Nodes;
using Cms.Tests.Recipes;
using Cms.Tests.Support;

namespace Cms.Tests.Cli;

/// <summary>
/// <c>--json</c> on every verb: standard output is one report object, valid against the documented schema, whatever
/// the outcome; people's messages go to standard error.
/// </summary>
public sealed class VerbReportTests : IDisposable
{
    private readonly CliTestFolder _cli = new();

    private string DataPath => _cli.DataPath;

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Json_SetupAndRecipeRun_PrintOnlyTheReportWithStepsNumberedBothWays()
    {
        var setupRecipe = _cli.WriteRecipe(CliTestFolder.EmptySiteRecipe);
        var setup = await CliTestFolder.RunAsync("setup", "--data-path", DataPath, "--recipe", setupRecipe, "--admin-password", "Secret-passw0rd", "--json");
        var notes = _cli.WriteRecipe(NoteRecipe.Recipe(3));

        var run = await CliTestFolder.RunAsync("recipe", "run", notes, "--data-path", DataPath, "--json");

        var setupReport = VerbReportSchema.Parse(setup.Output);
        Assert.Equal(("setup", 0, true), (Text(setupReport["verb"]), setup.ExitCode, setupReport["result"]!["ran"]!.GetValue<bool>()));
        var report = VerbReportSchema.Parse(run.Output);
        Assert.Equal((0, "recipe run", DataPath), (run.ExitCode, Text(report["verb"]), Text(report["dataPath"])));
        var content = report["result"]!["recipe"]!["steps"]![1]!;
        Assert.Equal((1, 2, "Content"), (content["index"]!.GetValue<int>(), content["number"]!.GetValue<int>(), Text(content["name"])));
        Assert.Contains("Running recipe 'Notes'", run.Errors, StringComparison.Ordinal);
        Assert.Contains(report["messages"]!.AsArray(), m => Text(m).StartsWith("Recipe 'Notes': 2 steps executed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_RecipeRunWithConflicts_ReportsEachConflictAndTheStepByNumberAndPath()
    {
        await _cli.SetUpEmptySiteAsync();
        var hotfix = TestRecipes.WriteTo(_cli.Folder, NoteRecipe.Recipe(2, (_, item) => Dated(item, "2024-03-01T00:00:00Z", "Hotfix")), "hotfix.recipe.json");
        var olderCopy = TestRecipes.WriteTo(_cli.Folder, NoteRecipe.Recipe(2, (_, item) => Dated(item, "2024-02-01T00:00:00Z", "Staging")), "staging.recipe.json");
        Assert.Equal(0, (await CliTestFolder.RunAsync("recipe", "run", hotfix, "--data-path", DataPath)).ExitCode);

        var run = await CliTestFolder.RunAsync("recipe", "run", olderCopy, "--data-path", DataPath, "--json");

        Assert.Equal(1, run.ExitCode);
        var report = VerbReportSchema.Parse(run.Output);
        var error = report["error"]!;
        Assert.Equal(("failed", 2, "Content", "$.steps[1].data[0]"),
            (Text(error["kind"]), error["stepNumber"]!.GetValue<int>(), Text(error["stepName"]), Text(error["jsonPath"])));
        Assert.Contains("at step 2 (Content), JSON path $.steps[1].data[0]", Text(error["message"]), StringComparison.Ordinal);
        var conflicts = report["result"]!["recipe"]!["steps"]![1]!["conflicts"]!.AsArray();
        Assert.Equal(["fail", "fail"], conflicts.Select(c => Text(c!["resolution"])));
        Assert.Equal("Hotfix 0", Text(conflicts[0]!["displayText"]));
    }

    [Fact]
    public async Task Json_ExportGraphQLRegisterAndMigrate_PrintValidReports()
    {
        await _cli.SetUpEmptySiteAsync();
        var manifest = Path.Combine(_cli.Folder, "manifest.json");
        await File.WriteAllTextAsync(manifest, """{ "siteName": "query SiteName { __typename }" }""");
        var broken = Path.Combine(_cli.Folder, "broken.json");
        await File.WriteAllTextAsync(broken, """{ "broken": "query {" }""");
        var file = Path.Combine(_cli.Folder, "export.recipe.json");

        var toStdout = VerbReportSchema.Parse((await CliTestFolder.RunAsync("export", "--data-path", DataPath, "--json")).Output);
        var toFile = VerbReportSchema.Parse((await CliTestFolder.RunAsync("export", "--data-path", DataPath, "--out", file, "--json")).Output);
        var registered = VerbReportSchema.Parse((await CliTestFolder.RunAsync("graphql", "register", manifest, "--data-path", DataPath, "--json")).Output);
        var refused = VerbReportSchema.Parse((await CliTestFolder.RunAsync("graphql", "register", broken, "--data-path", DataPath, "--json")).Output);
        var migrate = VerbReportSchema.Parse((await CliTestFolder.RunAsync("migrate", "--data-path", DataPath, "--json")).Output);

        Assert.IsType<JsonObject>(toStdout["result"]!["recipe"]);
        Assert.Equal(Path.GetFullPath(file), Text(toFile["result"]!["file"]));
        Assert.Equal(1, registered["result"]!["registered"]!.GetValue<int>());
        Assert.Equal((1, "failed"), (refused["exitCode"]!.GetValue<int>(), Text(refused["error"]!["kind"])));
        Assert.Contains("broken", Text(Assert.Single(refused["error"]!["details"]!.AsArray())), StringComparison.Ordinal);
        Assert.True(migrate["ok"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Json_BackupVerifyAndRestore_PrintValidReports()
    {
        await _cli.SetUpEmptySiteAsync();
        var archive = Path.Combine(_cli.Folder, "site.zip");
        var restored = Path.Combine(_cli.Folder, "restored");

        var backup = VerbReportSchema.Parse((await CliTestFolder.RunAsync("backup", "--data-path", DataPath, "--out", archive, "--json")).Output);
        var verify = VerbReportSchema.Parse((await CliTestFolder.RunAsync("verify", "--data-path", DataPath, "--json")).Output);
        var restore = VerbReportSchema.Parse((await CliTestFolder.RunAsync("restore", archive, "--data-path", restored, "--json")).Output);
        var refused = VerbReportSchema.Parse((await CliTestFolder.RunAsync("restore", archive, "--data-path", restored, "--json")).Output);

        Assert.Equal(archive, Text(backup["result"]!["archive"]));
        Assert.Equal((true, 0), (verify["ok"]!.GetValue<bool>(), verify["result"]!["problems"]!.AsArray().Count));
        Assert.False(restore["result"]!["replaced"]!.GetValue<bool>());
        Assert.Equal((2, "usage"), (refused["exitCode"]!.GetValue<int>(), Text(refused["error"]!["kind"])));
    }

    [Fact]
    public async Task Json_MistakeInTheCommandLine_ReportsAUsageErrorOnStandardOutputOnly()
    {
        var (code, output, errors) = await CliTestFolder.RunAsync("export", "--data-pth", DataPath, "--json");

        Assert.Equal(2, code);
        var report = VerbReportSchema.Parse(output);
        Assert.Equal(("export", "usage"), (Text(report["verb"]), Text(report["error"]!["kind"])));
        Assert.Contains("--data-pth", errors, StringComparison.Ordinal);
    }

    private static JsonObject Dated(JsonObject item, string modifiedUtc, string title)
    {
        var i = int.Parse(item["ContentItemId"]!.GetValue<string>()[1..], System.Globalization.CultureInfo.InvariantCulture);
        item["ModifiedUtc"] = modifiedUtc;
        item["DisplayText"] = $"{title} {i}";
        item["TitlePart"] = new JsonObject { ["Title"] = $"{title} {i}" };
        item["HtmlBodyPart"] = new JsonObject { ["Html"] = "<p>Body</p>" };
        return item;
    }

    [Fact]
    public async Task Json_RecipeWithAWorkflowScript_ListsTheValueKeptAsWrittenInTheStepReport()
    {
        await _cli.SetUpEmptySiteAsync();
        var recipe = _cli.WriteRecipe("""
            { "name": "Form", "steps": [
              { "name": "settings", "FormAction": "[js: getUrlPrefix('/workflows/invoke/' + createWorkflowToken('a', 'b'))]" } ] }
            """);

        var run = await CliTestFolder.RunAsync("recipe", "run", recipe, "--data-path", DataPath, "--json");
        var strict = await CliTestFolder.RunAsync("recipe", "run", recipe, "--data-path", DataPath, "--strict", "--json");

        var kept = Assert.Single(VerbReportSchema.Parse(run.Output)["result"]!["recipe"]!["steps"]![0]!["unevaluatedScripts"]!.AsArray())!;
        Assert.Equal((0, "$.steps[0].FormAction", "createWorkflowToken"), (run.ExitCode, Text(kept["jsonPath"]), Text(kept["function"])));
        var refused = VerbReportSchema.Parse(strict.Output);
        Assert.Equal((1, "$.steps[0].FormAction"), (strict.ExitCode, Text(refused["error"]!["jsonPath"])));
    }

    private static string Text(JsonNode? node) => node!.GetValue<string>();
}
