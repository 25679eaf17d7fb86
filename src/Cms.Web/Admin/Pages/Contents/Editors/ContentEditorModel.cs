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
    public IEnumerable<PartEditorModel> PartEditors()
    {
        foreach (var typePart in Type.OrderedParts())
        {
            var partJson = Parts[typePart.Name] as JsonObject ?? [];
            var partDefinition = Definitions.FindPart(typePart.PartName);
            var partial = EditorPartials.ForPart(typePart.PartName);
            var fields = partDefinition?.OrderedFields()
                .Select(f => new FieldEditorModel(
                    $"{Prefix}{typePart.Name}.{f.Name}", f, partJson[f.Name] as JsonObject ?? [], EditorPartials.ForField(f.FieldName), this))
                .ToList() ?? [];
            if (partial is null && fields.Count == 0)
            {
                continue;
            }

            var label = typePart.IsNamedPart || partDefinition is null || typePart.PartName == Type.Name
                ? SettingsReader.GetString(typePart.Settings, "ContentTypePartSettings", "DisplayName") ?? (typePart.PartName == Type.Name ? Type.DisplayName : FriendlyName(typePart.Name))
                : FriendlyName(typePart.PartName);
            yield return new PartEditorModel($"{Prefix}{typePart.Name}", typePart, partJson, label, partial, fields, this);
        }
    }

    /// <summary>Editors read "Title", "Autoroute", "Html Body" rather than the technical part names.</summary>
    private static string FriendlyName(string partName)
    {
        var name = partName.EndsWith("Part", StringComparison.Ordinal) ? partName[..^4] : partName;
        return System.Text.RegularExpressions.Regex.Replace(name, "(?<=[a-z])(?=[A-Z])", " ");
    }

    /// <summary>Errors for one form input or any input under it ("Article.Rank" gets "Article.Rank.Value").</summary>
    public IReadOnlyList<string> ErrorsFor(string name) =>
        Errors.Where(e => e.Key == name || e.Key.StartsWith(name + ".", StringComparison.Ordinal)).SelectMany(e => e.Value).ToList();
}
