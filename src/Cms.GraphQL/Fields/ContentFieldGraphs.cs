using Cms.GraphQL.Fields.BooleanField;
using Cms.GraphQL.Fields.ContentPickerField;
using Cms.GraphQL.Fields.DateField;
using Cms.GraphQL.Fields.DateTimeField;
using Cms.GraphQL.Fields.HtmlField;
using Cms.GraphQL.Fields.LinkField;
using Cms.GraphQL.Fields.MarkdownField;
using Cms.GraphQL.Fields.MediaField;
using Cms.GraphQL.Fields.MultiTextField;
using Cms.GraphQL.Fields.NumericField;
using Cms.GraphQL.Fields.TaxonomyField;
using Cms.GraphQL.Fields.TextField;
using Cms.GraphQL.Fields.TimeField;
using Cms.GraphQL.Fields.UserPickerField;

namespace Cms.GraphQL.Fields;

/// <summary>The field kinds with a GraphQL shape, listed here rather than discovered.</summary>
internal static class ContentFieldGraphs
{
    private static readonly Dictionary<string, IContentFieldGraph> ByName = new IContentFieldGraph[]
    {
        new TextFieldGraph(), new NumericFieldGraph(), new BooleanFieldGraph(), new DateFieldGraph(), new DateTimeFieldGraph(),
        new TimeFieldGraph(), new MultiTextFieldGraph(), new HtmlFieldGraph(), new MarkdownFieldGraph(), new LinkFieldGraph(),
        new ContentPickerFieldGraph(), new MediaFieldGraph(), new TaxonomyFieldGraph(), new UserPickerFieldGraph(),
    }.ToDictionary(f => f.FieldName, StringComparer.Ordinal);

    public static IContentFieldGraph? Find(string fieldName) => ByName.GetValueOrDefault(fieldName);
}
