using Cms.Core.Definitions;

namespace Cms.Core.Recipes.Steps;

/// <summary>
/// The definition steps as pure functions over a <see cref="ContentDefinitionDocument"/>: Orchard's merge
/// (create or alter, keep what is not listed), replace (delete then recreate) and delete.
/// </summary>
internal static class ContentDefinitionMerge
{
    /// <summary><c>ContentDefinition</c>: create or alter each listed type, then each listed part.</summary>
    public static void Merge(ContentDefinitionDocument document, ContentDefinitionPayload payload)
    {
        foreach (var type in payload.Types)
        {
            AlterType(document, type);
        }

        foreach (var part in payload.Parts)
        {
            AlterPart(document, part);
        }
    }

    /// <summary><c>ReplaceContentDefinition</c>: listed parts deleted first, each listed type deleted and recreated, then the parts.</summary>
    public static void Replace(ContentDefinitionDocument document, ContentDefinitionPayload payload)
    {
        foreach (var part in payload.Parts)
        {
            DeletePart(document, part.Name);
        }

        foreach (var type in payload.Types)
        {
            DeleteType(document, type.Name);
            AlterType(document, type);
        }

        foreach (var part in payload.Parts)
        {
            AlterPart(document, part);
        }
    }

    /// <returns>False when there was no such type (not an error, as in Orchard).</returns>
    public static bool DeleteType(ContentDefinitionDocument document, string name) =>
        document.Types.RemoveAll(t => string.Equals(t.Name, name, StringComparison.Ordinal)) > 0;

    /// <summary>Deletes a part definition and removes it from every type that uses it, as Orchard does.</summary>
    /// <returns>False when there was no such part.</returns>
    public static bool DeletePart(ContentDefinitionDocument document, string name)
    {
        foreach (var type in document.Types)
        {
            type.Parts.RemoveAll(p => string.Equals(p.PartName, name, StringComparison.Ordinal));
        }

        return document.Parts.RemoveAll(p => string.Equals(p.Name, name, StringComparison.Ordinal)) > 0;
    }

    private static void AlterType(ContentDefinitionDocument document, ContentDefinitionPayload.TypeRecord record)
    {
        var type = document.FindType(record.Name);
        if (type is null)
        {
            type = new ContentTypeDefinition { Name = record.Name, DisplayName = record.Name };
            document.Types.Add(type);
        }

        // Orchard only touches the display name and type settings when the recipe gives a display name.
        if (!string.IsNullOrEmpty(record.DisplayName))
        {
            type.DisplayName = record.DisplayName;
            SettingsMerge.Into(type.Settings, record.Settings);
        }

        foreach (var partRecord in record.Parts)
        {
            var part = type.FindPart(partRecord.Name);
            if (part is null)
            {
                part = new ContentTypePartDefinition { Name = partRecord.Name };
                type.Parts.Add(part);
            }

            part.PartName = partRecord.PartName;
            SettingsMerge.Into(part.Settings, partRecord.Settings);
        }
    }

    private static void AlterPart(ContentDefinitionDocument document, ContentDefinitionPayload.PartRecord record)
    {
        var part = document.FindPart(record.Name);
        if (part is null)
        {
            part = new ContentPartDefinition { Name = record.Name };
            document.Parts.Add(part);
        }

        SettingsMerge.Into(part.Settings, record.Settings);
        foreach (var fieldRecord in record.Fields)
        {
            var field = part.FindField(fieldRecord.Name);
            if (field is null)
            {
                field = new ContentPartFieldDefinition { Name = fieldRecord.Name };
                part.Fields.Add(field);
            }

            field.FieldName = fieldRecord.FieldName;
            SettingsMerge.Into(field.Settings, fieldRecord.Settings);
        }
    }
}
