using Cms.Core.ContentModel;

namespace Cms.GraphQL.Parts;

/// <summary>The part kinds' GraphQL shapes: every <see cref="IContentPartGraph"/> of this assembly, one folder each.</summary>
internal static class ContentPartGraphs
{
    private static readonly Dictionary<string, IContentPartGraph> ByName =
        ContentKindCatalog.Discover<IContentPartGraph>(typeof(ContentPartGraphs).Assembly).ToDictionary(p => p.PartName, StringComparer.Ordinal);

    public static IContentPartGraph? Find(string partName) => ByName.GetValueOrDefault(partName);
}
