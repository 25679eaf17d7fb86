using Cms.Core.ContentModel;

namespace Cms.GraphQL.Fields;

/// <summary>The field kinds with a GraphQL shape: every <see cref="IContentFieldGraph"/> of this assembly, one folder each.</summary>
internal static class ContentFieldGraphs
{
    private static readonly Dictionary<string, IContentFieldGraph> ByName =
        ContentKindCatalog.Discover<IContentFieldGraph>(typeof(ContentFieldGraphs).Assembly).ToDictionary(f => f.FieldName, StringComparer.Ordinal);

    public static IContentFieldGraph? Find(string fieldName) => ByName.GetValueOrDefault(fieldName);
}
