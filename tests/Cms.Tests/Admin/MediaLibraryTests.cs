using System.Net;
using System.Text;
using Cms.Core.Recipes;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>The admin's uploads and a recipe's media step obey the one <c>Cms:Media</c> section.</summary>
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
