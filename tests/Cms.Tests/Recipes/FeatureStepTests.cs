using Cms.Core.Recipes;
using Cms.Core.Settings;
using Cms.Tests.Support;

namespace Cms.Tests.Recipes;

/// <summary>The feature step enables the Orchard modules whose behaviour we provide and names the others in the report.</summary>
public sealed class FeatureStepTests
{
    [Fact]
    public async Task Feature_ModulesNgoSitesUse_AreEnabledAndOnlyTheMissingOneIsReported()
    {
        await using var site = await TestSite.CreateAsync();

        var result = await site.RunRecipeAsync(RecipeReader.Read("""
            { "name": "Features", "steps": [ { "name": "Feature", "enable": [
              "OrchardCore.ContentLocalization", "OrchardCore.PublishLater", "OrchardCore.ArchiveLater",
              "OrchardCore.Lists", "OrchardCore.Flows", "OrchardCore.Menu", "OrchardCore.Workflows" ] } ] }
            """));

        var step = Assert.Single(result.Steps);
        Assert.Equal(6, step.Counts["enabled"]);
        Assert.Equal("Not available here, so not enabled: OrchardCore.Workflows.", Assert.Single(step.Messages));
        var settings = await site.ReadAsync(s => SiteSettings.LoadAsync(s, CancellationToken.None));
        Assert.Contains("OrchardCore.PublishLater", settings!.EnabledFeatures);
    }
}
