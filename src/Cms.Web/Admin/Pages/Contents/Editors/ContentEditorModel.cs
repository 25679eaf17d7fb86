using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>
/// What the editor partials render for one item (top-level or nested in a BagPart): its type, its JSON
/// (the object holding the parts), the form-name prefix and the lookups and errors of the whole form.
/// </summary>
public sealed record ContentEditorModel(
    ContentTypeDefinition Type, JsonObject Parts, string Prefix, EditorLookups Lookups, ContentDefinitionDocument Definitions,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Errors, string? ContentItemId = null)
{
    /// <summary>The site's time zone: scheduled times are picked and shown in it.</summary>
    public SiteTime Time { get; init; } = SiteTime.Utc;

    public IEnumerable<PartEditorModel> PartEditors()
    {
        foreach (var typePart in EditedParts.Of(Type))
        {
            var partJson = Parts[typePart.Name] as JsonObject ?? [];
            var partDefinition = Definitions.FindPart(typePart.PartName);
            var editor = ContentKindEditors.Default.FindPart(typePart.PartName);
            var fields = partDefinition?.OrderedFields()
                .Select(f => new FieldEditorModel(
                    $"{Prefix}{typePart.Name}.{f.Name}", f, partJson[f.Name] as JsonObject ?? [], PartialFor(f), this))
                .ToList() ?? [];
            if (editor?.Partial is null && fields.Count == 0)
            {
                continue;
            }

            yield return new PartEditorModel($"{Prefix}{typePart.Name}", typePart, partJson, LabelOf(typePart, partDefinition, editor),
                editor?.Partial, fields, this)
            {
                Hint = typePart.Description,
                SingleInput = editor?.SingleInput == true && fields.Count == 0,
            };
        }
    }

    /// <summary>
    /// The words editors read for a part, from the definitions first (the type's DisplayName for the part, the type's own
    /// name for its own part, the part definition's DisplayName), then the kind's own word ("Permalink", "Body").
    /// </summary>
    private string LabelOf(ContentTypePartDefinition typePart, ContentPartDefinition? partDefinition, IContentPartEditor? editor) =>
        typePart.DisplayName
        ?? (typePart.PartName == Type.Name ? Type.DisplayName : null)
        ?? (partDefinition is null ? null : SettingsReader.GetString(partDefinition.Settings, "ContentPartSettings", "DisplayName"))
        ?? (typePart.IsNamedPart || editor is null ? Words(typePart.Name) : editor.DefaultLabel);

    /// <summary>Kinds this CMS does not implement (an Orchard recipe's YoutubeField) keep their value and say so.</summary>
    private static string PartialFor(ContentPartFieldDefinition field) =>
        ContentKindEditors.Default.FindField(field.FieldName)?.Partial ?? "/Admin/Pages/Contents/Editors/Fields/_Unknown.cshtml";

    /// <summary>A technical name as words: "RelatedLinks" reads "Related Links".</summary>
    private static string Words(string name) =>
        System.Text.RegularExpressions.Regex.Replace(name.EndsWith("Part", StringComparison.Ordinal) ? name[..^4] : name, "(?<=[a-z])(?=[A-Z])", " ");

    /// <summary>Errors for one form input or any input under it ("Article.Rank" gets "Article.Rank.Value").</summary>
    public IReadOnlyList<string> ErrorsFor(string name) =>
        Errors.Where(e => e.Key == name || e.Key.StartsWith(name + ".", StringComparison.Ordinal)).SelectMany(e => e.Value).ToList();
}
