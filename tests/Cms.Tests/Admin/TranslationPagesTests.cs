using System.Net;
using Cms.Core.ContentModel;
using Cms.Core.Recipes;
using Cms.Core.Storage;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Cms.Tests.Support.LocalizedRecipe;

namespace Cms.Tests.Admin;

/// <summary>The editor's culture selector, the set's other languages with their status, and "Translate".</summary>
public sealed class TranslationPagesTests : IClassFixture<TranslationPagesTests.Site>
{
    private readonly Site _site;

    public TranslationPagesTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            var result = await Services.GetRequiredService<RecipeRunner>().RunAsync(
                RecipeReader.Read(LocalizedRecipe.Json), new RecipeRunRequest { Parameters = TestSite.AdminParameters }, CancellationToken.None);
            Assert.True(result.Succeeded, result.Error?.Message);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Create_LocalizedType_OffersTheSiteCulturesWithTheDefaultChosen()
    {
        using var admin = _site.Admin();

        var html = await admin.GetStringAsync(new Uri("/admin/contents/new/Letter", UriKind.Relative));

        Assert.Contains("<option value=\"en\" selected=\"selected\">en</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"fr\">fr</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"es\">es</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ItemInASet_ListsTheOtherLanguagesWithStatusAndLinks()
    {
        using var admin = _site.Admin();

        var water = await admin.GetStringAsync(new Uri($"/admin/contents/{WaterEn}/edit", UriKind.Relative));
        var schools = await admin.GetStringAsync(new Uri($"/admin/contents/{SchoolsEn}/edit", UriKind.Relative));

        Assert.Contains($"<a href=\"/admin/contents/{WaterFr}/edit\">published</a>", water, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/admin/contents/{WaterEs}/edit\">draft</a>", water, StringComparison.Ordinal);
        Assert.Contains($"/admin/contents/new/Letter?translationOf={SchoolsEn}&amp;culture=fr", schools, StringComparison.Ordinal);
        Assert.Contains("missing", schools, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translate_SaveDraft_CreatesADraftInTheSameSetPrefilledFromTheSource()
    {
        using var admin = _site.Admin();
        var page = $"/admin/contents/new/Letter?translationOf={SchoolsEn}&culture=es";
        var form = await admin.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("value=\"Open the schools\"", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"es\" selected=\"selected\">es</option>", form, StringComparison.Ordinal);

        var response = await admin.PostAsync(new Uri("/admin/contents/new/Letter", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await AdminForms.TokenAsync(admin, page),
            ["TitlePart.Title"] = "Abrir las escuelas",
            ["AutoroutePart.Path"] = "letters/schools",
            ["LocalizationPart.Culture"] = "es",
            ["LocalizationPart.LocalizationSet"] = "set0schools000000000000001",
            ["submit"] = "draft",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = response.Headers.Location!.ToString().Split('/')[3];
        var store = _site.Services.GetRequiredService<DocumentStore>();
        await using var session = await store.OpenReadSessionAsync(CancellationToken.None);
        var stored = (await session.GetContentItemAsync(id, VersionOptions.Latest, CancellationToken.None))!;
        Assert.False(stored.Published);
        Assert.Equal("set0schools000000000000001", stored.Content["LocalizationPart"]!["LocalizationSet"]!.GetValue<string>());
        Assert.Equal("es", stored.Content["LocalizationPart"]!["Culture"]!.GetValue<string>());
        Assert.Equal("letters/schools", stored.Content["AutoroutePart"]!["Path"]!.GetValue<string>());
    }
}
