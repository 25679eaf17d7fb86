namespace Cms.Web.Admin.Pages.ContentTypes;

/// <summary>
/// The settings each field kind and part kind stores, with Orchard's settings class names and defaults,
/// so the type editor can offer a form for each without a page per kind.
/// </summary>
public static class KindSettings
{
    private const string FieldSettings = "ContentPartFieldSettings";

    private static readonly Dictionary<string, SettingDescriptor[]> Fields = new(StringComparer.Ordinal)
    {
        ["TextField"] = [Hint("TextFieldSettings"), Required("TextFieldSettings"), Text("TextFieldSettings", "DefaultValue", "Default value")],
        ["HtmlField"] = [Hint("HtmlFieldSettings"), Flag("HtmlFieldSettings", "SanitizeHtml", "Sanitize the HTML on save", true)],
        ["MarkdownField"] = [Hint("MarkdownFieldSettings"), Flag("MarkdownFieldSettings", "SanitizeHtml", "Sanitize the rendered HTML", true)],
        ["NumericField"] =
        [
            Hint("NumericFieldSettings"), Required("NumericFieldSettings"),
            new("NumericFieldSettings", "Scale", SettingKind.WholeNumber, "Decimal places (0 for whole numbers)"),
            new("NumericFieldSettings", "Minimum", SettingKind.AnyNumber, "Minimum"),
            new("NumericFieldSettings", "Maximum", SettingKind.AnyNumber, "Maximum"),
            Text("NumericFieldSettings", "Placeholder", "Placeholder"),
            Text("NumericFieldSettings", "DefaultValue", "Default value"),
        ],
        ["BooleanField"] = [Hint("BooleanFieldSettings"), Text("BooleanFieldSettings", "Label", "Label beside the checkbox"), Flag("BooleanFieldSettings", "DefaultValue", "Ticked by default")],
        ["DateField"] = [Hint("DateFieldSettings"), Required("DateFieldSettings")],
        ["DateTimeField"] = [Hint("DateTimeFieldSettings"), Required("DateTimeFieldSettings")],
        ["TimeField"] = [Hint("TimeFieldSettings"), Required("TimeFieldSettings"), Text("TimeFieldSettings", "Step", "Step (e.g. 00:15)")],
        ["LinkField"] =
        [
            Hint("LinkFieldSettings"), Required("LinkFieldSettings"),
            new("LinkFieldSettings", "LinkTextMode", SettingKind.Choice, "Link text") { Choices = ["Optional", "Required", "Static", "Url"] },
            Text("LinkFieldSettings", "DefaultUrl", "Default URL"),
            Text("LinkFieldSettings", "DefaultText", "Default text"),
        ],
        ["ContentPickerField"] =
        [
            Hint("ContentPickerFieldSettings"), Required("ContentPickerFieldSettings"),
            Flag("ContentPickerFieldSettings", "Multiple", "Allow several items"),
            Flag("ContentPickerFieldSettings", "DisplayAllContentTypes", "Any content type"),
            new("ContentPickerFieldSettings", "DisplayedContentTypes", SettingKind.Types, "Content types to pick from"),
        ],
        ["MediaField"] =
        [
            Hint("MediaFieldSettings"), Required("MediaFieldSettings"),
            Flag("MediaFieldSettings", "Multiple", "Allow several files", true),
            Flag("MediaFieldSettings", "AllowMediaText", "Ask for a media text (alt text)", true),
            new("MediaFieldSettings", "AllowedExtensions", SettingKind.Lines, "Allowed extensions, one per line (empty: the library's)"),
        ],
        ["TaxonomyField"] =
        [
            Hint("TaxonomyFieldSettings"), Required("TaxonomyFieldSettings"),
            new("TaxonomyFieldSettings", "TaxonomyContentItemId", SettingKind.Taxonomy, "Taxonomy"),
            Flag("TaxonomyFieldSettings", "Unique", "One term only"),
            Flag("TaxonomyFieldSettings", "LeavesOnly", "Leaf terms only"),
        ],
        ["MultiTextField"] =
        [
            Hint("MultiTextFieldSettings"), Required("MultiTextFieldSettings"),
            new("MultiTextFieldSettings", "Options", SettingKind.Options, "Options, one per line as name|value (a * after the value ticks it by default)"),
        ],
    };

    private static readonly Dictionary<string, SettingDescriptor[]> Parts = new(StringComparer.Ordinal)
    {
        ["TitlePart"] =
        [
            new("TitlePartSettings", "Options", SettingKind.Choice, "Title") { Choices = ["Editable", "GeneratedDisabled", "GeneratedHidden", "EditableRequired"] },
            Text("TitlePartSettings", "Pattern", "Pattern (Liquid) for a generated title"),
        ],
        ["AutoroutePart"] =
        [
            Text("AutoroutePartSettings", "Pattern", "Pattern (Liquid)"),
            Flag("AutoroutePartSettings", "AllowCustomPath", "Editors may change the path"),
            Flag("AutoroutePartSettings", "AllowUpdatePath", "Regenerate the path on every save"),
        ],
        ["AliasPart"] = [Text("AliasPartSettings", "Pattern", "Pattern (Liquid)")],
        ["HtmlBodyPart"] = [Flag("HtmlBodyPartSettings", "SanitizeHtml", "Sanitize the HTML on save", true)],
        ["MarkdownBodyPart"] = [Flag("MarkdownBodyPartSettings", "SanitizeHtml", "Sanitize the rendered HTML", true)],
        ["BagPart"] =
        [
            new("BagPartSettings", "ContainedContentTypes", SettingKind.Types, "Content types the bag may hold"),
            Text("BagPartSettings", "DisplayType", "Display type"),
            Flag("BagPartSettings", "CollapseContainedItems", "Collapse the contained items in the editor"),
        ],
        ["ListPart"] =
        [
            new("ListPartSettings", "ContainedContentTypes", SettingKind.Types, "Content types the list may hold"),
            new("ListPartSettings", "PageSize", SettingKind.WholeNumber, "Items per page"),
            Flag("ListPartSettings", "EnableOrdering", "Editors may order the items"),
        ],
    };

    /// <summary>Field kinds an editor can add, in the order the form lists them.</summary>
    public static IReadOnlyList<string> FieldKinds { get; } =
    [
        "TextField", "HtmlField", "MarkdownField", "NumericField", "BooleanField", "DateField", "DateTimeField", "TimeField",
        "LinkField", "ContentPickerField", "MediaField", "TaxonomyField", "MultiTextField",
    ];

    /// <summary>The editors a field kind offers (ContentPartFieldSettings.Editor); empty means only the standard one.</summary>
    public static IReadOnlyList<string> EditorsFor(string fieldKind) => fieldKind switch
    {
        "TextField" => ["Standard", "TextArea"],
        _ => [],
    };

    /// <summary>Part kinds that may be attached to a type more than once under different names (Orchard's reusable parts).</summary>
    public static bool IsReusable(string partKind) => partKind is "BagPart" or "ListPart";

    public static IReadOnlyList<SettingDescriptor> ForField(string fieldKind) => Fields.GetValueOrDefault(fieldKind) ?? [];

    public static IReadOnlyList<SettingDescriptor> ForPart(string partKind) => Parts.GetValueOrDefault(partKind) ?? [];

    public static string FieldSettingsKey => FieldSettings;

    private static SettingDescriptor Hint(string key) => new(key, "Hint", SettingKind.Text, "Hint shown below the field");

    private static SettingDescriptor Required(string key) => new(key, "Required", SettingKind.Flag, "Required");

    private static SettingDescriptor Text(string key, string name, string label) => new(key, name, SettingKind.Text, label);

    private static SettingDescriptor Flag(string key, string name, string label, bool defaultValue = false) =>
        new(key, name, SettingKind.Flag, label) { DefaultFlag = defaultValue };
}
