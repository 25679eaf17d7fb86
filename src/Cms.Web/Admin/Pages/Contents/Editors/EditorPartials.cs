namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>The editor partial of each part and field kind; kinds without one are edited elsewhere or not at all.</summary>
internal static class EditorPartials
{
    public const string Root = "/Admin/Pages/Contents/Editors/";

    private static readonly HashSet<string> PartKinds = new(StringComparer.Ordinal)
    {
        "TitlePart", "AutoroutePart", "AliasPart", "HtmlBodyPart", "MarkdownBodyPart", "BagPart", "ListPart", "TaxonomyPart",
    };

    private static readonly HashSet<string> FieldKinds = new(StringComparer.Ordinal)
    {
        "TextField", "HtmlField", "MarkdownField", "NumericField", "BooleanField", "DateField", "DateTimeField", "TimeField",
        "LinkField", "ContentPickerField", "MediaField", "TaxonomyField", "MultiTextField",
    };

    public static string? ForPart(string partName) => PartKinds.Contains(partName) ? $"{Root}Parts/_{partName}.cshtml" : null;

    public static string ForField(string fieldName) => FieldKinds.Contains(fieldName) ? $"{Root}Fields/_{fieldName}.cshtml" : $"{Root}Fields/_Unknown.cshtml";
}
