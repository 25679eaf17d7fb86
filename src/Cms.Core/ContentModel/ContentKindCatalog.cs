using Cms.Core.Fields.BooleanField;
using Cms.Core.Fields.ContentPickerField;
using Cms.Core.Fields.DateField;
using Cms.Core.Fields.DateTimeField;
using Cms.Core.Fields.HtmlField;
using Cms.Core.Fields.LinkField;
using Cms.Core.Fields.MarkdownField;
using Cms.Core.Fields.MediaField;
using Cms.Core.Fields.MultiTextField;
using Cms.Core.Fields.NumericField;
using Cms.Core.Fields.TaxonomyField;
using Cms.Core.Fields.TextField;
using Cms.Core.Fields.TimeField;
using Cms.Core.Parts.AliasPart;
using Cms.Core.Parts.AutoroutePart;
using Cms.Core.Parts.BagPart;
using Cms.Core.Parts.ContainedPart;
using Cms.Core.Parts.HtmlBodyPart;
using Cms.Core.Parts.ListPart;
using Cms.Core.Parts.MarkdownBodyPart;
using Cms.Core.Parts.TaxonomyPart;
using Cms.Core.Parts.TermPart;
using Cms.Core.Parts.TitlePart;

namespace Cms.Core.ContentModel;

/// <summary>
/// The part and field kinds this CMS implements, by the names definitions use. A type may use a part we
/// do not implement (FlowPart, say): lookups return null and such parts are stored as JSON, unchecked.
/// </summary>
public sealed class ContentKindCatalog
{
    private readonly Dictionary<string, IContentPartKind> _parts;
    private readonly Dictionary<string, IContentFieldKind> _fields;

    public ContentKindCatalog(IEnumerable<IContentPartKind> parts, IEnumerable<IContentFieldKind> fields)
    {
        _parts = parts.ToDictionary(p => p.Name, StringComparer.Ordinal);
        _fields = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>Every kind, listed here rather than discovered, so adding one is a visible one-line change.</summary>
    public static ContentKindCatalog Default { get; } = new(
        [
            new TitlePartKind(),
            new AutoroutePartKind(),
            new AliasPartKind(),
            new HtmlBodyPartKind(),
            new MarkdownBodyPartKind(),
            new BagPartKind(),
            new ListPartKind(),
            new ContainedPartKind(),
            new TaxonomyPartKind(),
            new TermPartKind(),
        ],
        [
            new TextFieldKind(),
            new HtmlFieldKind(),
            new MarkdownFieldKind(),
            new NumericFieldKind(),
            new BooleanFieldKind(),
            new DateFieldKind(),
            new DateTimeFieldKind(),
            new TimeFieldKind(),
            new LinkFieldKind(),
            new ContentPickerFieldKind(),
            new MediaFieldKind(),
            new TaxonomyFieldKind(),
            new MultiTextFieldKind(),
        ]);

    public IEnumerable<IContentPartKind> Parts => _parts.Values;

    public IEnumerable<IContentFieldKind> Fields => _fields.Values;

    public IContentPartKind? FindPart(string name) => _parts.GetValueOrDefault(name);

    public IContentFieldKind? FindField(string name) => _fields.GetValueOrDefault(name);
}
