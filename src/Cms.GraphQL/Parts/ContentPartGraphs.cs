using Cms.GraphQL.Parts.AliasPart;
using Cms.GraphQL.Parts.AutoroutePart;
using Cms.GraphQL.Parts.BagPart;
using Cms.GraphQL.Parts.HtmlBodyPart;
using Cms.GraphQL.Parts.ListPart;
using Cms.GraphQL.Parts.MarkdownBodyPart;
using Cms.GraphQL.Parts.TaxonomyPart;

namespace Cms.GraphQL.Parts;

/// <summary>The part kinds with a GraphQL shape, listed here rather than discovered. TitlePart has none (use displayText).</summary>
internal static class ContentPartGraphs
{
    private static readonly Dictionary<string, IContentPartGraph> ByName = new IContentPartGraph[]
    {
        new AutoroutePartGraph(), new AliasPartGraph(), new HtmlBodyPartGraph(), new MarkdownBodyPartGraph(),
        new BagPartGraph(), new ListPartGraph(), new TaxonomyPartGraph(),
    }.ToDictionary(p => p.PartName, StringComparer.Ordinal);

    public static IContentPartGraph? Find(string partName) => ByName.GetValueOrDefault(partName);
}
