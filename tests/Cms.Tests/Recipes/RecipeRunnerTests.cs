using Cms.Core.ContentModel;
using Cms.Core.Media.Resizing;
using Cms.Core.Querying;
using Cms.Core.Recipes;
using Cms.Core.Security;
using Cms.Core.Settings;
using Cms.Tests.Support;

namespace Cms.Tests.Recipes;

public class RecipeRunnerTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;
    private string _copy = null!;

    public async Task InitializeAsync()
    {
        _site = await TestSite.CreateAsync(Provider);
        _copy = Path.Combine(_site.Folder, "theme");
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Blog_WithStandInFiles_CreatesTypesItemsRolesSettingsAndMedia()
    {
        var result = await _site.RunRecipeAsync(await BlogCopyAsync());

        Assert.True(result.Succeeded);
        var definitions = (await _site.DefinitionStore.GetAsync(None)).Document;
        foreach (var type in new[] { "Article", "BlogPost", "Blog", "Page", "Tag", "Category" })
        {
            Assert.NotNull(definitions.FindType(type));
        }

        Assert.Equal("TextField", definitions.FindPart("BlogPost")!.FindField("Subtitle")!.FieldName);
        var items = await _site.ReadAsync(s => s.QueryAsync(new ContentQuery { Status = ContentStatus.Published }, None));
        Assert.Equal(7, items.Count);
        var post = Assert.Single(items, i => i.ContentType == "BlogPost");
        Assert.Equal("Man must explore, and this is exploration at its greatest", post.DisplayText);
        Assert.Equal(TestSite.AdminParameters["AdminUserId"], post.Owner);
        var blog = Assert.Single(items, i => i.ContentType == "Blog");
        Assert.Equal(blog.ContentItemId, post.GetPart("ContainedPart")!["ListContentItemId"]!.GetValue<string>());

        var roles = await _site.ReadAsync(s => SecurityStore.LoadRolesAsync(s, None));
        var editor = Assert.Single(roles, r => r.Name == "Editor");
        Assert.Contains("PublishContent", editor.Permissions);
        var settings = await _site.ReadAsync(s => SiteSettings.LoadAsync(s, None));
        Assert.NotNull(settings!.HomeRoute);
        Assert.True(settings.Properties.ContainsKey("LayerSettings"));
        Assert.Contains("OrchardCore.Contents", settings.EnabledFeatures);
        Assert.Equal("TheBlogTheme", settings.SiteTheme);
        Assert.True(File.Exists(Path.Combine(_site.MediaPath, "post-bg.jpg")));
        var profiles = await _site.ReadAsync(s => MediaProfilesDocument.LoadAsync(s, None));
        Assert.Equal((2048, 600, ResizeMode.Crop), (profiles.Find("banner")!.Width, profiles.Find("banner")!.Height, profiles.Find("banner")!.Mode));
        Assert.Equal(["layers", "queries", "AdminMenu"], result.SkippedSteps.Select(s => s.Name));
        Assert.Equal([8, 9, 10], result.SkippedSteps.Select(s => s.Index));
    }

    [Fact]
    public async Task Blog_RunTwice_SecondRunRefusedOnTheTakenAliasAndSiteUnchanged()
    {
        // The blog recipe makes new ids with uuid() on every run, so its second run would duplicate the menu
        // and taxonomies; the unique aliases stop it whole. Recipes with fixed ids update in place (next test).
        var recipe = await BlogCopyAsync();
        await _site.RunRecipeAsync(recipe);
        var before = await _site.FingerprintAsync();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(async () =>
            await _site.RunRecipeAsync(await RecipeReader.ReadFileAsync(recipe.FilePath!, None)));

        Assert.Equal("$.steps[5].data[0].AliasPart.Alias", error.JsonPath);
        Assert.Contains("main-menu", error.Error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _site.FingerprintAsync());
    }

    [Fact]
    public async Task ContentWithFixedIds_RunTwice_SecondRunChangesNothing()
    {
        var recipe = RecipeReader.Read(FixedIdRecipe);
        await _site.RunRecipeAsync(recipe);
        var before = await _site.FingerprintAsync();

        var second = await _site.RunRecipeAsync(RecipeReader.Read(FixedIdRecipe));

        Assert.Equal(before, await _site.FingerprintAsync());
        Assert.Equal(1, second.Steps[1].Counts["unchanged"]);
    }

    [Fact]
    public async Task Blog_MissingMediaFile_FailsNamingStepAndFileAndLeavesSiteUnchanged()
    {
        var recipe = await BlogCopyAsync(withImages: false);
        var before = await _site.FingerprintAsync();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => _site.RunRecipeAsync(recipe));

        Assert.Equal("media", error.StepName);
        Assert.Equal(7, error.StepIndex);
        Assert.Contains("about-bg.jpg", error.Error.Message, StringComparison.Ordinal);
        Assert.Equal("$.steps[7].Files[0].SourcePath", error.JsonPath);
        Assert.Equal(before, await _site.FingerprintAsync());
    }

    [Fact]
    public async Task Blog_Strict_FailsAtFirstUnknownStep()
    {
        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => _site.RunRecipeAsync(BlogCopyAsync().Result, strict: true));

        Assert.Equal("layers", error.StepName);
        Assert.Equal(0L, await CountItemsAsync());
    }

    [Theory]
    [InlineData("blog.lucene.query.recipe.json", new[] { "queries" })]
    [InlineData("blog.sql.query.recipe.json", new[] { "queries" })]
    [InlineData("blog.elastic.query.recipe.json", new[] { "queries" })]
    [InlineData("blog.lucene.search.recipe.json", new[] { "lucene-index", "lucene-index-rebuild" })]
    [InlineData("blog.elastic.search.recipe.json", new[] { "ElasticIndexSettings", "elastic-index-rebuild" })]
    [InlineData("blog.sql.search.recipe.json", new string[0])]
    public async Task BlogExtras_AfterBlog_RunAndReportWhatIsNotSupported(string file, string[] skipped)
    {
        var blog = await BlogCopyAsync();
        await _site.RunRecipeAsync(blog);
        foreach (var extra in Directory.EnumerateFiles(CompatRecipeFiles.PathOf("blog-extras"), "*.json"))
        {
            File.Copy(extra, Path.Combine(blog.BasePath!, Path.GetFileName(extra)), overwrite: true);
        }

        var snippets = Path.Combine(blog.BasePath!, "Snippets");
        foreach (var snippet in Directory.EnumerateFiles(CompatRecipeFiles.PathOf("blog-extras/Snippets")))
        {
            File.Copy(snippet, Path.Combine(snippets, Path.GetFileName(snippet)), overwrite: true);
        }

        var result = await _site.RunRecipeAsync(await RecipeReader.ReadFileAsync(Path.Combine(blog.BasePath!, file), None));

        Assert.True(result.Succeeded);
        var allSkipped = result.SkippedSteps.Select(s => s.Name)
            .Concat(result.Steps.SelectMany(s => s.InnerRecipes).SelectMany(r => r.SkippedSteps).Select(s => s.Name)).ToHashSet();
        Assert.All(skipped, name => Assert.Contains(name, allSkipped));
        Assert.All(result.SkippedSteps, s => Assert.Contains($"Step {s.Number} ({s.Name}) was skipped", s.Messages[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Headless_CreatesRolesAndRecordsFeatures()
    {
        var result = await _site.RunRecipeAsync(await RecipeReader.ReadFileAsync(CompatRecipeFiles.PathOf("headless.recipe.json"), None));

        Assert.True(result.Succeeded);
        Assert.Empty(result.SkippedSteps);
        var roles = await _site.ReadAsync(s => SecurityStore.LoadRolesAsync(s, None));
        Assert.Contains(roles, r => r.Name == "Editor");
        Assert.Contains(roles, r => r.Name == "Authenticated" && r.Permissions.Contains("ExecuteGraphQL"));
        var settings = await _site.ReadAsync(s => SiteSettings.LoadAsync(s, None));
        Assert.Contains("OrchardCore.Apis.GraphQL", settings!.EnabledFeatures);
        Assert.Contains(result.Steps[0].Messages, m => m.StartsWith("Not available here", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Blank_CreatesDefaultRoles()
    {
        var result = await _site.RunRecipeAsync(await RecipeReader.ReadFileAsync(CompatRecipeFiles.PathOf("blank.recipe.json"), None));

        Assert.True(result.Succeeded);
        var roles = await _site.ReadAsync(s => SecurityStore.LoadRolesAsync(s, None));
        Assert.Contains(roles, r => r.Name == "Contributor" && r.Permissions.Contains("EditOwnContent"));
    }

    [Fact]
    public async Task DynamicContentTypeQueryTest_CreatesItsTypesAndItems()
    {
        var result = await _site.RunRecipeAsync(await RecipeReader.ReadFileAsync(CompatRecipeFiles.PathOf("tests/DynamicContentTypeQueryTest.json"), None));

        Assert.True(result.Succeeded);
        Assert.Equal(5L, await CountItemsAsync());
        var definitions = (await _site.DefinitionStore.GetAsync(None)).Document;
        Assert.NotNull(definitions.FindType("Product"));
    }

    [Theory]
    [InlineData(1, "[locale en]You have successfully registered![/locale][locale fr]Vous vous êtes inscrit avec succès![/locale]")]
    [InlineData(2, "[1js: valiables('now')]")]
    [InlineData(4, "[locale en]This text contains a colon ':' symbol[/locale][locale fr]Ce texte contient un deux-points ':'[/locale]")]
    [InlineData(5, "[sc text='some : text'/]")]
    public async Task RecipeExecutorCase_StoresTheEvaluatedTitle(int number, string title)
    {
        await _site.RunRecipeAsync(await RecipeReader.ReadFileAsync(CompatRecipeFiles.PathOf($"tests/recipe-executor-recipe{number}.json"), None));

        var item = Assert.Single(await _site.ReadAsync(s => s.QueryAsync(new ContentQuery { ContentTypes = ["Message"] }, None)));
        Assert.Equal(title, item.GetPart("TitlePart")!["Title"]!.GetValue<string>());
        Assert.Equal(TestSite.AdminParameters["AdminUserId"], item.Owner);
    }

    [Fact]
    public async Task RecipeExecutorCase6_MissingPartName_FailsWithOrchardsMessageAndNoChange()
    {
        var before = await _site.FingerprintAsync();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(async () =>
            await _site.RunRecipeAsync(await RecipeReader.ReadFileAsync(CompatRecipeFiles.PathOf("tests/recipe-executor-recipe6.json"), None)));

        Assert.Contains("Unable to add content-part to the 'Message' content-type. The part name cannot be null or empty.", error.Error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _site.FingerprintAsync());
    }

    [Theory]
    [InlineData("bad-type", """{ "name": "Content", "data": [ { "ContentItemId": "4bad00000000000000000000aa", "ContentType": "Nope", "Latest": true, "Published": true } ] }""", "data[0].ContentType")]
    [InlineData("script-error", """{ "name": "Settings", "SiteName": "[js: throw new Error('boom')]" }""", "$.steps[1].SiteName")]
    [InlineData("unknown-variable", """{ "name": "Settings", "SiteName": "[js: variables('missing')]" }""", "$.steps[1].SiteName")]
    [InlineData("media-extension", """{ "name": "media", "Files": [ { "TargetPath": "evil.exe", "Base64": "AAAA" } ] }""", "$.steps[1].Files[0].TargetPath")]
    [InlineData("weak-password", """{ "name": "Users", "Users": [ { "UserName": "maria", "Password": "Password123456" } ] }""", "$.steps[1].Users[0].Password")]
    [InlineData("short-password", """{ "name": "Users", "Users": [ { "UserName": "maria", "Password": "short" } ] }""", "$.steps[1].Users[0].Password")]
    [InlineData("invalid-field", """{ "name": "Content", "data": [ { "ContentItemId": "4bad00000000000000000000ab", "ContentType": "Note", "Latest": true, "Published": true, "Note": { "Count": { "Value": "many" } } } ] }""", "data[0].Note.Count")]
    public async Task FailingStep_LeavesTheSiteAsItWas(string caseName, string failingStep, string expectedPath)
    {
        await _site.RunRecipeAsync(RecipeReader.Read(FixedIdRecipe));
        var before = await _site.FingerprintAsync();
        var recipe = RecipeReader.Read($$"""
            { "name": "Failing {{caseName}}", "steps": [
              { "name": "Content", "data": [ { "ContentItemId": "4note0000000000000000000002", "ContentType": "Note", "DisplayText": "Second",
                "Latest": true, "Published": true, "TitlePart": { "Title": "Second" } } ] },
              {{failingStep}} ] }
            """);

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => _site.RunRecipeAsync(recipe));

        Assert.Equal(1, error.StepIndex);
        Assert.Contains(expectedPath, error.JsonPath, StringComparison.Ordinal);
        Assert.Equal(before, await _site.FingerprintAsync());
    }

    [Fact]
    public async Task Users_PlainPasswordThatPassesThePolicy_IsStoredHashed()
    {
        var recipe = RecipeReader.Read("""
            { "name": "People", "steps": [ { "name": "Users", "Users": [
              { "UserId": "4maria00000000000000000000m", "UserName": "maria", "Password": "violet kettle under the stairs", "RoleNames": [ "Editor" ] } ] } ] }
            """);

        await _site.RunRecipeAsync(recipe);

        var user = await _site.ReadAsync(s => SecurityStore.FindUserByIdAsync(s, "4maria00000000000000000000m", CancellationToken.None));
        Assert.NotNull(user);
        Assert.NotNull(user.SecurityStamp);
        Assert.Equal(PasswordCheckResult.Success, new UserPasswords().Verify(user, "violet kettle under the stairs"));
    }

    [Fact]
    public async Task Media_Base64_IsWrittenOnlyAfterCommit()
    {
        var recipe = RecipeReader.Read("""
            { "name": "Media", "steps": [ { "name": "media", "Files": [ { "TargetPath": "images/pixel.png", "Base64": "iVBORw0KGgo=" } ] } ] }
            """);

        await _site.RunRecipeAsync(recipe);

        Assert.Equal(Convert.FromBase64String("iVBORw0KGgo="), await File.ReadAllBytesAsync(Path.Combine(_site.MediaPath, "images", "pixel.png")));
    }

    [Fact]
    public async Task HostileScript_FailsWithinSeconds()
    {
        var recipe = RecipeReader.Read("""{ "name": "Hostile", "steps": [ { "name": "Settings", "SiteName": "[js: while(true){}]" } ] }""");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAsync<RecipeExecutionException>(() => _site.RunRecipeAsync(recipe));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    private const string FixedIdRecipe = """
        {
          "name": "Notes",
          "steps": [
            { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "Note", "DisplayName": "Note", "Settings": { "ContentTypeSettings": { "Listable": true } },
                "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Note", "Name": "Note" } ] } ],
              "ContentParts": [ { "Name": "Note", "ContentPartFieldDefinitionRecords": [ { "FieldName": "NumericField", "Name": "Count" } ] } ] },
            { "name": "Content", "data": [ { "ContentItemId": "4note0000000000000000000001", "ContentItemVersionId": "4notev000000000000000000001",
              "ContentType": "Note", "DisplayText": "First", "Latest": true, "Published": true,
              "CreatedUtc": "2024-01-01T00:00:00Z", "ModifiedUtc": "2024-01-01T00:00:00Z", "PublishedUtc": "2024-01-01T00:00:00Z",
              "Owner": "[js: parameters('AdminUserId')]", "Author": "[js: parameters('AdminUsername')]",
              "TitlePart": { "Title": "First" }, "Note": { "Count": { "Value": 3 } } } ] }
          ]
        }
        """;

    private Task<long> CountItemsAsync() => _site.ReadAsync(async s =>
        (long)(await s.ScalarAsync("SELECT COUNT(*) FROM ContentItemIndex WHERE Latest = 1 OR Published = 1", [], None))!);

    /// <summary>The blog recipe in a temp theme folder with stand-ins for the files Orchard ships beside it.</summary>
    private async Task<RecipeDescriptor> BlogCopyAsync(bool withImages = true)
    {
        var recipes = Path.Combine(_copy, "Recipes");
        Directory.CreateDirectory(Path.Combine(recipes, "Snippets"));
        File.Copy(CompatRecipeFiles.PathOf("blog.recipe.json"), Path.Combine(recipes, "blog.recipe.json"), overwrite: true);
        await File.WriteAllTextAsync(Path.Combine(recipes, "Snippets", "footer.html"), "<p>Stand-in footer</p>");
        if (withImages)
        {
            var images = Path.Combine(_copy, "wwwroot", "assets", "img");
            Directory.CreateDirectory(images);
            foreach (var name in new[] { "about-bg.jpg", "home-bg.jpg", "post-bg.jpg" })
            {
                await File.WriteAllBytesAsync(Path.Combine(images, name), [0xFF, 0xD8, 0xFF, 0xD9]);
            }
        }

        return await RecipeReader.ReadFileAsync(Path.Combine(recipes, "blog.recipe.json"), None);
    }

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : RecipeRunnerTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}
