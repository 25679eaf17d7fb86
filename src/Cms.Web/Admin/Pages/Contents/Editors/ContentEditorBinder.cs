using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>
/// Reads the editor's form back into an item's JSON, in Orchard's shapes, through each kind's editor. Only inputs the
/// editor rendered are read: a part or field whose inputs are absent keeps its stored value (e.g. a field hidden by
/// settings). The validator, not the binder, judges the values.
/// </summary>
internal static class ContentEditorBinder
{
    public static void Bind(IFormCollection form, ContentTypeDefinition type, JsonObject parts, string prefix, ContentDefinitionDocument definitions)
    {
        foreach (var typePart in EditedParts.Of(type))
        {
            var name = $"{prefix}{typePart.Name}";
            var part = parts[typePart.Name] as JsonObject;
            if (part is null)
            {
                part = [];
                parts[typePart.Name] = part;
            }

            ContentKindEditors.Default.FindPart(typePart.PartName)?.Bind(form, name, part, definitions);
            foreach (var field in definitions.FindPart(typePart.PartName)?.Fields ?? [])
            {
                var value = part[field.Name] as JsonObject;
                if (value is null)
                {
                    value = [];
                    part[field.Name] = value;
                }

                ContentKindEditors.Default.FindField(field.FieldName)?.Bind(form, $"{name}.{field.Name}", value);
            }
        }
    }
}
