using System.Net;
using System.Text;
using Cms.Core.Recipes;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>The admin's uploads, renames and moves, a recipe's media step and /media serving obey the one <c>Cms:Media</c> section.</summary>
public sealed class MediaLibraryTests : IClassFixture<MediaLibraryTests.Site>, IAsyncLifetime
{
    private readonly Site _site;

    public MediaLibraryTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cms:Media:MaxFileSize", "10");
            builder.UseSetting("Cms:Media:AllowedFileExtensions:0", ".png");
            builder.UseSetting("Cms:Media:AllowedFileExtensions:1", ".jpg");
        }
    }

    public Task InitializeAsync() => _site.SeedAsync(TestDefinitions.Articles());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Upload_OverTheMediaSizeLimit_IsRefusedAndNotStored()
    {
        using var client = _site.Admin();
        var response = await UploadAsync(client, "big.png", new string('x', 11));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("the limit is 10 bytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_site.DataPath, "media", "big.png")));
    }

    [Fact]
    public async Task Upload_ConfiguredExtensionsReplaceTheDefaults()
    {
        using var client = _site.Admin();
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(client, "small.png", "tiny")).StatusCode);
        var refused = await UploadAsync(client, "notes.pdf", "tiny");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("File extension not allowed: '.pdf'", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipeMediaStep_OverTheSameLimit_FailsAtTheFilesPath()
    {
        var runner = _site.Services.GetRequiredService<RecipeRunner>();
        var recipe = RecipeReader.Read(
            """{ "name": "m", "steps": [ { "name": "media", "Files": [ { "TargetPath": "r.png", "Base64": "eHh4eHh4eHh4eHh4" } ] } ] }""",
            "test");

        var failure = await Assert.ThrowsAsync<RecipeExecutionException>(() => runner.RunAsync(recipe, new RecipeRunRequest(), CancellationToken.None));
        Assert.Equal("$.steps[0].Files[0].TargetPath", failure.Result.Error!.JsonPath);
        Assert.Contains("the limit is 10 bytes", failure.Result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenamePage_ToHtml_IsRefusedWithTheFieldAndTheFileKept()
    {
        using var client = _site.Admin();
        await UploadAsync(client, "page.png", "tiny");

        var response = await AdminForms.PostAsync(client, "/admin/media", "/admin/media?handler=Rename",
            [new("item", "page.png"), new("newName", "page.html")]);
        var shown = await client.GetStringAsync(response.Headers.Location);

        Assert.Contains("New name: File extension not allowed: &#x27;.html&#x27;", shown, StringComparison.Ordinal);
        Assert.True(File.Exists(MediaFile("page.png")));
        Assert.False(File.Exists(MediaFile("page.html")));
    }

    [Fact]
    public async Task MovePage_FileWithExeExtension_IsRefused()
    {
        await File.WriteAllTextAsync(MediaFile("run.exe"), "MZ");
        using var client = _site.Admin();

        var response = await AdminForms.PostAsync(client, "/admin/media", "/admin/media?handler=Move",
            [new("item", "run.exe"), new("folder", "bin")]);
        var shown = await client.GetStringAsync(response.Headers.Location);

        Assert.Contains("Move to folder: File extension not allowed: &#x27;.exe&#x27;", shown, StringComparison.Ordinal);
        Assert.True(File.Exists(MediaFile("run.exe")));
        Assert.False(File.Exists(MediaFile("bin/run.exe")));
    }

    [Fact]
    public async Task Serve_ExtensionOutsideTheAllowList_IsNotServed()
    {
        await File.WriteAllTextAsync(MediaFile("served.html"), "<script>alert(1)</script>");
        using var client = _site.Anonymous();

        var response = await client.GetAsync(new Uri("/media/served.html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Serve_AllowedExtension_HasItsTypeAndNoSniff()
    {
        await File.WriteAllTextAsync(MediaFile("shown.png"), "<html>not really a png</html>");
        using var client = _site.Anonymous();

        var response = await client.GetAsync(new Uri("/media/shown.png", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Upload_AllowedFile_IsStored()
    {
        using var client = _site.Admin();

        var response = await UploadAsync(client, "kept.jpg", "tiny");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("tiny", await File.ReadAllTextAsync(MediaFile("kept.jpg")));
    }

    [Fact]
    public async Task RecipeMediaStep_HtmlTarget_FailsNamingStepAndPath()
    {
        var runner = _site.Services.GetRequiredService<RecipeRunner>();
        var recipe = RecipeReader.Read(
            """{ "name": "m", "steps": [ { "name": "media", "Files": [ { "TargetPath": "landing.html", "Base64": "eHg=" } ] } ] }""",
            "test");

        var failure = await Assert.ThrowsAsync<RecipeExecutionException>(() => runner.RunAsync(recipe, new RecipeRunRequest(), CancellationToken.None));

        Assert.Equal(0, failure.StepIndex);
        Assert.Equal("media", failure.StepName);
        Assert.Equal("$.steps[0].Files[0].TargetPath", failure.JsonPath);
        Assert.Contains("File extension not allowed: '.html'", failure.Error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(MediaFile("landing.html")));
    }

    private string MediaFile(string path) => Path.Combine([_site.DataPath, "media", .. path.Split('/')]);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, string text)
    {
        var token = await AdminForms.TokenAsync(client, "/admin/media");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", name },
        };
        return await client.PostAsync("/admin/media?handler=Upload", form);
    }
}
