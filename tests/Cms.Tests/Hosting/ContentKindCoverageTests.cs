using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Hosting;

/// <summary>A kind is one folder per project; a kind whose editor or GraphQL shape was forgotten stops the host at start-up.</summary>
public sealed class ContentKindCoverageTests
{
    [Fact]
    public void Start_FieldKindWithoutEditorOrGraph_FailsNamingTheKindAndWhatIsMissing()
    {
        using var factory = new SiteWithAnIncompleteKind();

        var error = Record.Exception(() => factory.Services);

        Assert.NotNull(error);
        Assert.Contains("field kind 'RatingField' has no admin editor", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("field kind 'RatingField' has no GraphQL shape", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_EveryKindOfTheCms_IsComplete()
    {
        using var factory = new CmsWebFactory();

        Assert.Null(Record.Exception(() => factory.Services));
    }

    private sealed class SiteWithAnIncompleteKind : CmsWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(
                new ContentKindCatalog(ContentKindCatalog.Default.Parts, [.. ContentKindCatalog.Default.Fields, new RatingFieldKind()])));
        }
    }

    /// <summary>A field kind with its Core piece only, as someone would leave it who forgot the other two folders.</summary>
    private sealed class RatingFieldKind : IContentFieldKind
    {
        public string Name => "RatingField";

        public IReadOnlyList<SettingDescriptor> Settings => [];

        public string ValueProperty => "Value";

        public bool HasValue(ContentFieldContext context) => context.Value?["Value"] is not null;

        public void Validate(ContentFieldContext context, ContentValidationResult result)
        {
        }

        public void Index(ContentFieldContext context, ContentIndexEntries entries)
        {
        }

        public object? PreviewValue(JsonObject? value) => null;
    }
}
