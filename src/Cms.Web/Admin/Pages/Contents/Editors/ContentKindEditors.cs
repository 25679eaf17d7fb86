using Cms.Core.ContentModel;

namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>The admin editors of the part and field kinds: every editor class of this assembly, one folder per kind.</summary>
internal sealed class ContentKindEditors
{
    private readonly Dictionary<string, IContentPartEditor> _parts;
    private readonly Dictionary<string, IContentFieldEditor> _fields;

    private ContentKindEditors(IEnumerable<IContentPartEditor> parts, IEnumerable<IContentFieldEditor> fields)
    {
        _parts = parts.ToDictionary(p => p.PartName, StringComparer.Ordinal);
        _fields = fields.ToDictionary(f => f.FieldName, StringComparer.Ordinal);
    }

    public static ContentKindEditors Default { get; } = new(
        ContentKindCatalog.Discover<IContentPartEditor>(typeof(ContentKindEditors).Assembly),
        ContentKindCatalog.Discover<IContentFieldEditor>(typeof(ContentKindEditors).Assembly));

    public IContentPartEditor? FindPart(string partName) => _parts.GetValueOrDefault(partName);

    public IContentFieldEditor? FindField(string fieldName) => _fields.GetValueOrDefault(fieldName);
}
