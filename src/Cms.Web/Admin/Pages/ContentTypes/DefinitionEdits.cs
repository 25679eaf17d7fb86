using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.ContentTypes;

/// <summary>
/// The changes the type editor makes to a definition document, with Orchard's defaults for admin-created
/// types and its validation messages. Each returns the error (form field, message) or null when applied.
/// </summary>
public static class DefinitionEdits
{
    public const string TypeSettingsKey = ContentTypeSettings.Key;
    private const string TypePartSettings = "ContentTypePartSettings";
    private const string FieldSettings = "ContentPartFieldSettings";

    public static (string Field, string Message)? CreateType(ContentDefinitionDocument document, string displayName, string name)
    {
        displayName = displayName.Trim();
        name = name.Trim();
        if (displayName.Length == 0)
        {
            return ("DisplayName", "The Display Name can't be empty.");
        }

        if (TechnicalNameValidator.Validate(name) is { } invalid)
        {
            return ("Name", invalid);
        }

        if (document.Types.Exists(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return ("Name", "A type with the same Technical Name already exists.");
        }

        if (DisplayNameTaken(document, displayName, except: null))
        {
            return ("DisplayName", "A type with the same Display Name already exists.");
        }

        // Orchard's admin defaults: the type's own part, and every flag an editor expects switched on.
        var type = new ContentTypeDefinition
        {
            Name = name,
            DisplayName = displayName,
            Settings = new JsonObject
            {
                [TypeSettingsKey] = new JsonObject
                {
                    ["Creatable"] = true, ["Listable"] = true, ["Draftable"] = true, ["Versionable"] = true, ["Securable"] = true,
                },
            },
        };
        type.Parts.Add(NewTypePart(name, name, 0));
        document.Types.Add(type);
        if (document.FindPart(name) is null)
        {
            document.Parts.Add(new ContentPartDefinition { Name = name });
        }

        return null;
    }

    public static (string Field, string Message)? UpdateType(
        ContentDefinitionDocument document, ContentTypeDefinition type, string displayName, ContentTypeSettings flags)
    {
        displayName = displayName.Trim();
        if (displayName.Length == 0)
        {
            return ("DisplayName", "The Display Name can't be empty.");
        }

        if (DisplayNameTaken(document, displayName, except: type))
        {
            return ("DisplayName", "A type with the same Display Name already exists.");
        }

        type.DisplayName = displayName;
        var settings = type.Settings[TypeSettingsKey] as JsonObject ?? [];
        type.Settings[TypeSettingsKey] = settings;
        settings["Creatable"] = flags.Creatable;
        settings["Listable"] = flags.Listable;
        settings["Draftable"] = flags.Draftable;
        settings["Versionable"] = flags.Versionable;
        settings["Securable"] = flags.Securable;
        SetOrRemove(settings, "Stereotype", flags.Stereotype);
        SetOrRemove(settings, "Description", flags.Description);
        return null;
    }

    /// <summary>Attaches a part; <paramref name="name"/> differs from the part for a named (reusable) part such as a second BagPart.</summary>
    public static (string Field, string Message)? AddPart(
        ContentDefinitionDocument document, ContentTypeDefinition type, string partName, string? name, string? displayName)
    {
        name = string.IsNullOrWhiteSpace(name) ? partName : name.Trim();
        var known = ContentKindCatalog.Default.FindPart(partName) is not null || document.FindPart(partName) is not null;
        if (!known)
        {
            return ("PartName", $"There is no part named '{partName}'.");
        }

        if (TechnicalNameValidator.Validate(name) is { } invalid)
        {
            return ("PartTechnicalName", invalid);
        }

        if (type.FindPart(name) is not null)
        {
            return ("PartTechnicalName", $"The type already has a part named '{name}'; give this one another technical name.");
        }

        var typePart = NewTypePart(partName, name, type.Parts.Count == 0 ? 0 : type.Parts.Max(p => p.Position ?? 0) + 1);
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            ((JsonObject)typePart.Settings[TypePartSettings]!)["DisplayName"] = displayName.Trim();
        }

        type.Parts.Add(typePart);
        return null;
    }

    public static bool RemovePart(ContentTypeDefinition type, string name) =>
        type.Parts.RemoveAll(p => string.Equals(p.Name, name, StringComparison.Ordinal)) > 0;

    /// <summary>Moves a part up (-1) or down (+1) and renumbers every position from 0.</summary>
    public static void MovePart(ContentTypeDefinition type, string name, int delta)
    {
        var ordered = type.OrderedParts().ToList();
        Move(ordered, ordered.FindIndex(p => p.Name == name), delta);
        for (var i = 0; i < ordered.Count; i++)
        {
            Section(ordered[i].Settings, TypePartSettings)["Position"] = i.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A reusable part of its own (fields, attachable to any type).</summary>
    public static (string Field, string Message)? CreatePart(ContentDefinitionDocument document, string name)
    {
        name = name.Trim();
        if (TechnicalNameValidator.Validate(name) is { } invalid)
        {
            return ("NewPartName", invalid);
        }

        if (document.Parts.Exists(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            || ContentKindCatalog.Default.FindPart(name) is not null)
        {
            return ("NewPartName", "A part with the same Technical Name already exists.");
        }

        document.Parts.Add(new ContentPartDefinition
        {
            Name = name,
            Settings = new JsonObject { ["ContentPartSettings"] = new JsonObject { ["Attachable"] = true, ["Reusable"] = true } },
        });
        return null;
    }

    public static (string Field, string Message)? AddField(
        ContentDefinitionDocument document, string partName, string displayName, string name, string fieldKind)
    {
        displayName = displayName.Trim();
        name = name.Trim();
        if (displayName.Length == 0)
        {
            return ("FieldDisplayName", "The Display Name can't be empty.");
        }

        if (TechnicalNameValidator.Validate(name) is { } invalid)
        {
            return ("FieldName", invalid);
        }

        if (!FieldKinds.Contains(fieldKind))
        {
            return ("FieldKind", $"There is no field kind '{fieldKind}'.");
        }

        var part = document.FindPart(partName);
        if (part is null)
        {
            part = new ContentPartDefinition { Name = partName };
            document.Parts.Add(part);
        }

        if (part.Fields.Exists(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return ("FieldName", "A field with the same name already exists.");
        }

        if (part.Fields.Exists(f => string.Equals(f.DisplayName, displayName, StringComparison.OrdinalIgnoreCase)))
        {
            return ("FieldDisplayName", "A field with the same display name already exists.");
        }

        var position = part.Fields.Count == 0 ? 0 : part.Fields.Max(f => f.Position ?? 0) + 1;
        part.Fields.Add(new ContentPartFieldDefinition
        {
            FieldName = fieldKind,
            Name = name,
            Settings = new JsonObject
            {
                [FieldSettings] = new JsonObject { ["DisplayName"] = displayName, ["Position"] = position.ToString(CultureInfo.InvariantCulture) },
            },
        });
        return null;
    }

    public static bool RemoveField(ContentPartDefinition part, string name) =>
        part.Fields.RemoveAll(f => string.Equals(f.Name, name, StringComparison.Ordinal)) > 0;

    public static void MoveField(ContentPartDefinition part, string name, int delta)
    {
        var ordered = part.OrderedFields().ToList();
        Move(ordered, ordered.FindIndex(f => f.Name == name), delta);
        for (var i = 0; i < ordered.Count; i++)
        {
            Section(ordered[i].Settings, FieldSettings)["Position"] = i.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Removes the type, and its own part when no other type uses it.</summary>
    public static void DeleteType(ContentDefinitionDocument document, string name)
    {
        document.Types.RemoveAll(t => t.Name == name);
        if (!document.Types.Exists(t => t.Parts.Exists(p => p.PartName == name)))
        {
            document.Parts.RemoveAll(p => p.Name == name);
        }
    }

    /// <summary>Field kinds an editor can add: every implemented kind, by name.</summary>
    public static IReadOnlyList<string> FieldKinds { get; } = [.. ContentKindCatalog.Default.Fields.Select(f => f.Name).Order(StringComparer.Ordinal)];

    /// <summary>Parts a type could add: every implemented kind and every part definition that is not some type's own part.</summary>
    public static IReadOnlyList<string> AttachableParts(ContentDefinitionDocument document) =>
        ContentKindCatalog.Default.Parts.Select(p => p.Name)
            .Concat(document.Parts.Select(p => p.Name).Where(n => document.FindType(n) is null))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public static JsonObject Section(JsonObject settings, string key)
    {
        if (settings[key] is JsonObject section)
        {
            return section;
        }

        section = [];
        settings[key] = section;
        return section;
    }

    private static ContentTypePartDefinition NewTypePart(string partName, string name, int position) => new()
    {
        PartName = partName,
        Name = name,
        Settings = new JsonObject { [TypePartSettings] = new JsonObject { ["Position"] = position.ToString(CultureInfo.InvariantCulture) } },
    };

    private static bool DisplayNameTaken(ContentDefinitionDocument document, string displayName, ContentTypeDefinition? except) =>
        document.Types.Exists(t => !ReferenceEquals(t, except) && string.Equals(t.DisplayName.Trim(), displayName, StringComparison.OrdinalIgnoreCase));

    private static void SetOrRemove(JsonObject settings, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            settings.Remove(name);
        }
        else
        {
            settings[name] = value.Trim();
        }
    }

    private static void Move<T>(List<T> items, int index, int delta)
    {
        var target = index + delta;
        if (index < 0 || target < 0 || target >= items.Count)
        {
            return;
        }

        (items[index], items[target]) = (items[target], items[index]);
    }
}
