using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Cms.Tests.Admin;

/// <summary>On the NGO's site, the compare view names a letter's taxonomy terms by their titles, not their ids.</summary>
public sealed class ComparePageTermsTests : IClassFixture<ComparePageTermsTests.Site>
{
    private const string LetterId = "e7n62ka8jrz2ydv6pjwrn0bv4f";
    private const string HumanRightsCouncilTerm = "5zxscszdp70aq8401eezcbq9sz";
    private readonly Site _site;

    public ComparePageTermsTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cms:Setup:Enabled", "true");
            builder.UseSetting("Cms:Setup:AdminPassword", "Secret-passw0rd");
        }
    }

    [Fact]
    public async Task Compare_LetterWithTopics_ShowsTermTitles()
    {
        using var client = _site.Admin();

        var html = await client.GetStringAsync($"/admin/contents/{LetterId}/compare");

        Assert.Contains("Human Rights Council", html, StringComparison.Ordinal);
        Assert.DoesNotContain(HumanRightsCouncilTerm, html, StringComparison.Ordinal);
    }
}
