using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Core.Recipes;

/// <summary>
/// Finds where a definition step asks for a change, relative to the step: the entry of <c>ContentTypes</c> that names
/// the type (and inside it the part's record), else the entry of <c>ContentParts</c> that names the part definition
/// (and inside it the field's record). Null when the step names neither (the change then points at the step).
/// </summary>
internal static class DefinitionChangeLocator
{
    public static string? Locate(JsonObject step, ContentDefinitionChange change)
    {
        var isFieldChange = change.Field is not null;
        if (!isFieldChange && change.ContentType is { } type && Entry(step, "ContentTypes", type) is { } typeEntry)
        {
            return change.Part is { } part && Entry(typeEntry.Node, "ContentTypePartDefinitionRecords", part) is { } partEntry
                ? RecipeJsonPath.Combine(typeEntry.Path, partEntry.Path)
                : typeEntry.Path;
        }

        var partDefinition = isFieldChange ? change.PartDefinition : change.FromKind;
        if (partDefinition is null || Entry(step, "ContentParts", partDefinition) is not { } partDefinitionEntry)
        {
            return null;
        }

        return isFieldChange && Entry(partDefinitionEntry.Node, "ContentPartFieldDefinitionRecords", change.Field!) is { } fieldEntry
            ? RecipeJsonPath.Combine(partDefinitionEntry.Path, fieldEntry.Path)
            : partDefinitionEntry.Path;
    }

    /// <summary>The entry of the array <paramref name="key"/> whose Name (or whose own string) is <paramref name="name"/>.</summary>
    private static (string Path, JsonObject Node)? Entry(JsonObject? owner, string key, string name)
    {
        if (owner is null || SettingsReader.Find(owner, key) is not JsonArray array)
        {
            return null;
        }

        var actualKey = owner.Select(p => p.Key).First(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
        for (var index = array.Count - 1; index >= 0; index--)
        {
            var entryName = array[index] is JsonObject obj
                ? SettingsReader.AsString(SettingsReader.Find(obj, "Name"))
                : SettingsReader.AsString(array[index]);
            if (string.Equals(entryName, name, StringComparison.Ordinal))
            {
                return (RecipeJsonPath.Index(actualKey, index), array[index] as JsonObject ?? []);
            }
        }

        return null;
    }
}
