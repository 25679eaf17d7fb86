using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.Definitions;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Cli;

/// <summary>
/// <c>export --as-setup</c> on the NGO site (recipes/, with media and users): a site set up from the export is a twin
/// whose own export equals the source's, and with fresh ids every reference still holds.
/// </summary>
public sealed class ExportAsSetupTests : IDisposable
{
    private const string Password = "Secret-passw0rd";

    /// <summary>What the NGO recipes do not have: media in a folder and a second user.</summary>
    private const string MoreMediaAndAnEditor = """
        { "name": "more", "steps": [
          { "name": "media", "Files": [ { "TargetPath": "reports/2024/annual.pdf", "Base64": "JVBERi0xLjQKJcfs" } ] },
          { "name": "Users", "Users": [ { "UserId": "4ngoeditor0000000000000001", "UserName": "maria", "Email": "maria@ishr.example",
            "Password": "Another-passw0rd", "RoleNames": [ "Editor" ] } ] } ] }
        """;

    private readonly CliTestFolder _cli = new();

    private string Source => Path.Combine(_cli.Folder, "source");

    private string Twin => Path.Combine(_cli.Folder, "twin");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task AsSetupToFolder_NgoSiteWithMediaAndUsers_TwinExportsIdentically()
    {
        await SetUpSourceAsync();
        var package = Path.Combine(_cli.Folder, "package") + Path.DirectorySeparatorChar;

        await RunOkAsync("export", "--data-path", Source, "--as-setup", "--include-users", "--out", package);
        var setup = await RunOkAsync("setup", "--data-path", Twin, "--recipe", Path.Combine(package, "setup.recipe.json"));

        Assert.Contains("Administrator: admin, a user of the recipe", setup, StringComparison.Ordinal);
        var media = StepNamed(JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(package, "setup.recipe.json")))!, "media");
        Assert.Equal(["media/ishr/placeholder.png", "media/reports/2024/annual.pdf"],
            media["Files"]!.AsArray().Select(f => f!["SourcePath"]!.GetValue<string>()));
        Assert.True(File.Exists(Path.Combine(package, "media", "reports", "2024", "annual.pdf")));
        var source = await FullExportAsync(Source);
        var twin = await FullExportAsync(Twin);
        Assert.Equal(["ContentDefinition", "Roles", "Users", "Settings", "media", "Content"], source.Select(s => s!["name"]!.GetValue<string>()));
        Assert.Equal(source.ToJsonString(), twin.ToJsonString());
    }

    [Fact]
    public async Task AsSetupToFile_WithoutUsers_WritesMediaInlineAndTheNewAdministratorOwnsTheItems()
    {
        await SetUpSourceAsync();
        var file = Path.Combine(_cli.Folder, "setup.recipe.json");

        await RunOkAsync("export", "--data-path", Source, "--as-setup", "--out", file);
        await RunOkAsync("setup", "--data-path", Twin, "--recipe", file, "--admin-user", "ops", "--admin-password", Password);

        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
        Assert.DoesNotContain(recipe["steps"]!.AsArray(), s => s!["name"]!.GetValue<string>() == "Users");
        Assert.Equal("JVBERi0xLjQKJcfs", StepNamed(recipe, "media")["Files"]![1]!["Base64"]!.GetValue<string>());
        var sourceItems = StepNamed(await FullExportAsync(Source), "Content")["data"]!.AsArray();
        var twinItems = StepNamed(await FullExportAsync(Twin), "Content")["data"]!.AsArray();
        Assert.Equal(sourceItems.Select(i => i!["ContentItemVersionId"]!.GetValue<string>()), twinItems.Select(i => i!["ContentItemVersionId"]!.GetValue<string>()));
        Assert.All(twinItems, i => Assert.Equal("ops", i!["Author"]!.GetValue<string>()));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Source, "media", "reports", "2024", "annual.pdf")),
            File.ReadAllBytes(Path.Combine(Twin, "media", "reports", "2024", "annual.pdf")));
    }

    [Fact]
    public async Task Export_FreshIdsWithoutAsSetup_ExitsTwoNamingTheOption()
    {
        await SetUpSourceAsync();

        var (code, _, errors) = await CliTestFolder.RunAsync("export", "--data-path", Source, "--fresh-ids");

        Assert.Equal(2, code);
        Assert.Contains("--fresh-ids", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AsSetup_TwinsTopicsField_ReturnsTermTitlesThroughGraphQL(bool freshIds)
    {
        await SetUpSourceAsync();
        var file = Path.Combine(_cli.Folder, "setup.recipe.json");
        await RunOkAsync("export", "--data-path", Source, "--as-setup", "--out", file, freshIds ? "--fresh-ids" : "--fresh-ids=false");
        using var twin = new CmsWebFactory();
        await RunOkAsync("setup", "--data-path", twin.DataPath, "--recipe", file, "--admin-password", Password);

        var data = await QueryAsync(twin.Anonymous(), """
            { letter(culture: "en", where: { displayText_contains: "Haley" }) { contentItemId topics { termContentItems { displayText } } }
              taxonomy { contentItemId displayText } }
            """);

        var letter = Assert.Single(data["letter"]!.AsArray())!;
        Assert.Equal("Human Rights Council", Assert.Single(letter["topics"]!["termContentItems"]!.AsArray())!["displayText"]!.GetValue<string>());
        var sourceLetterId = StepNamed(await FullExportAsync(Source), "Content")["data"]!.AsArray()
            .Single(i => i!["DisplayText"]!.GetValue<string>() == "Joint letter of 18 NGOs to US Ambassador Nikki Haley")!["ContentItemId"]!.GetValue<string>();
        Assert.Equal(!freshIds, sourceLetterId == letter["contentItemId"]!.GetValue<string>());
        // The editor offers the terms of the taxonomy the field's settings name: it must be the twin's own.
        var topics = data["taxonomy"]!.AsArray().Single(t => t!["displayText"]!.GetValue<string>() == "Topics")!["contentItemId"]!.GetValue<string>();
        var definitions = (await twin.Services.GetRequiredService<ContentStore>().Definitions.GetAsync(CancellationToken.None)).Document;
        var field = definitions.FindPart("Letter")!.FindField("Topics")!;
        Assert.Equal(topics, SettingsReader.GetString(field.Settings, "TaxonomyFieldSettings", "TaxonomyContentItemId"));
    }

    private async Task SetUpSourceAsync()
    {
        await RunOkAsync("setup", "--data-path", Source, "--recipe", Path.Combine(AppContext.BaseDirectory, "recipes", "ishr.recipe.json"),
            "--admin-password", Password);
        await RunOkAsync("recipe", "run", _cli.WriteRecipe(MoreMediaAndAnEditor), "--data-path", Source);
    }

    /// <summary>Everything an export can hold, without its header (its export time differs).</summary>
    private async Task<JsonArray> FullExportAsync(string dataPath)
    {
        var file = Path.Combine(_cli.Folder, Guid.NewGuid().ToString("n") + ".json");
        await RunOkAsync("export", "--data-path", dataPath, "--media", "--include-users", "--out", file);
        return JsonNode.Parse(await File.ReadAllTextAsync(file))!["steps"]!.AsArray();
    }

    private static JsonNode StepNamed(JsonNode recipeOrSteps, string name) =>
        (recipeOrSteps as JsonArray ?? recipeOrSteps["steps"]!.AsArray()).Single(s => s!["name"]!.GetValue<string>() == name)!;

    private static async Task<string> RunOkAsync(params string[] args)
    {
        var (code, output, errors) = await CliTestFolder.RunAsync(args);
        Assert.True(code == 0, $"{string.Join(' ', args)} exited {code}: {output}{errors}");
        return output;
    }

    private static async Task<JsonNode> QueryAsync(HttpClient client, string query)
    {
        var response = await client.PostAsync(new Uri("/api/graphql", UriKind.Relative), JsonContent.Create(new JsonObject { ["query"] = query }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["data"]!;
    }
}
