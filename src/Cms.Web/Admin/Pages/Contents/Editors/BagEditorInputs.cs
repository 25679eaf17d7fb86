using Cms.Core.Definitions;
using Cms.Core.Fields.NumericField;

namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>Which inputs of the editor the bag's script works with: the new item's title, the item count.</summary>
internal static class BagEditorInputs
{
    /// <summary>The index of a bag item in its template, replaced by the script with the item's position.</summary>
    public const string NewIndex = "__new__";

    /// <summary>Whether the bag belongs to an item of a template (its name holds <see cref="NewIndex"/>).</summary>
    public static bool InTemplate(PartEditorModel bag) => bag.Name.Contains(NewIndex, StringComparison.Ordinal);

    /// <summary>
    /// The input, relative to an item's prefix, that holds a pasted name: the title when the type has a
    /// TitlePart, otherwise its first text field; null when it has neither.
    /// </summary>
    public static string? TitleInput(ContentTypeDefinition type, ContentDefinitionDocument definitions)
    {
        if (type.Parts.FirstOrDefault(p => p.PartName == "TitlePart") is { } title)
        {
            return $"{title.Name}.Title";
        }

        return type.OrderedParts()
            .SelectMany(p => (definitions.FindPart(p.PartName)?.OrderedFields() ?? []).Select(f => (Part: p, Field: f)))
            .Where(pf => pf.Field.FieldName == "TextField")
            .Select(pf => $"{pf.Part.Name}.{pf.Field.Name}.Text")
            .FirstOrDefault();
    }

    /// <summary>The number input that counts this bag's items (see <see cref="BagItemCountSettings"/>), if the type has one.</summary>
    public static string? CountInput(PartEditorModel bag) =>
        bag.Item.Type.OrderedParts()
            .SelectMany(p => (bag.Item.Definitions.FindPart(p.PartName)?.OrderedFields() ?? []).Select(f => (Part: p, Field: f)))
            .Where(pf => pf.Field.FieldName == "NumericField" && BagItemCountSettings.From(pf.Field).BagPartName == bag.TypePart.Name)
            .Select(pf => $"{bag.Item.Prefix}{pf.Part.Name}.{pf.Field.Name}.Value")
            .FirstOrDefault();
}
