namespace Cms.Core.Definitions;

/// <summary>
/// What changed between two definition documents, as Directus's schema diff does for collections and fields, in
/// Orchard's terms: types created or deleted, parts attached, detached or pointed at another part definition, and
/// fields added, removed or given another kind. Settings changes are not listed: they hide no stored value.
/// </summary>
public static class ContentDefinitionDiff
{
    public static IReadOnlyList<ContentDefinitionChange> Compare(ContentDefinitionDocument before, ContentDefinitionDocument after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<ContentDefinitionChange>();
        foreach (var type in before.Types.Where(t => after.FindType(t.Name) is null))
        {
            changes.Add(new(ContentDefinitionChangeKind.TypeDeleted, type.Name));
        }

        foreach (var type in after.Types)
        {
            if (before.FindType(type.Name) is { } previous)
            {
                changes.AddRange(CompareParts(previous, type));
            }
            else
            {
                changes.Add(new(ContentDefinitionChangeKind.TypeCreated, type.Name));
            }
        }

        foreach (var part in after.Parts)
        {
            if (before.FindPart(part.Name) is { } previous)
            {
                changes.AddRange(CompareFields(previous, part, TypesUsing(part.Name, before, after)));
            }
        }

        return changes;
    }

    private static IEnumerable<ContentDefinitionChange> CompareParts(ContentTypeDefinition before, ContentTypeDefinition after)
    {
        foreach (var part in before.Parts)
        {
            var now = after.FindPart(part.Name);
            if (now is null)
            {
                yield return new(ContentDefinitionChangeKind.PartDetached, after.Name, part.Name, part.PartName, FromKind: part.PartName);
            }
            else if (!string.Equals(now.PartName, part.PartName, StringComparison.Ordinal))
            {
                yield return new(ContentDefinitionChangeKind.PartKindChanged, after.Name, part.Name, part.PartName,
                    FromKind: part.PartName, ToKind: now.PartName);
            }
        }

        foreach (var part in after.Parts.Where(p => before.FindPart(p.Name) is null))
        {
            yield return new(ContentDefinitionChangeKind.PartAttached, after.Name, part.Name, part.PartName, ToKind: part.PartName);
        }
    }

    /// <summary>One change per type that uses the part before and after (under the same definition), or one without a type.</summary>
    private static IEnumerable<ContentDefinitionChange> CompareFields(
        ContentPartDefinition before, ContentPartDefinition after, List<(string Type, string PartName)> users)
    {
        var fieldChanges = new List<(ContentDefinitionChangeKind Kind, string Field, string? From, string? To)>();
        foreach (var field in before.Fields)
        {
            var now = after.FindField(field.Name);
            if (now is null)
            {
                fieldChanges.Add((ContentDefinitionChangeKind.FieldRemoved, field.Name, field.FieldName, null));
            }
            else if (!string.Equals(now.FieldName, field.FieldName, StringComparison.Ordinal))
            {
                fieldChanges.Add((ContentDefinitionChangeKind.FieldKindChanged, field.Name, field.FieldName, now.FieldName));
            }
        }

        fieldChanges.AddRange(after.Fields.Where(f => before.FindField(f.Name) is null)
            .Select(f => (ContentDefinitionChangeKind.FieldAdded, f.Name, (string?)null, (string?)f.FieldName)));
        foreach (var (kind, field, from, to) in fieldChanges)
        {
            if (users.Count == 0)
            {
                yield return new(kind, null, after.Name, after.Name, field, from, to);
            }

            foreach (var (type, partName) in users)
            {
                yield return new(kind, type, partName, after.Name, field, from, to);
            }
        }
    }

    /// <summary>Types holding the part under the same name and definition before and after; other cases are part changes.</summary>
    private static List<(string Type, string PartName)> TypesUsing(string partDefinition, ContentDefinitionDocument before, ContentDefinitionDocument after) =>
        after.Types
            .SelectMany(type => type.Parts
                .Where(p => string.Equals(p.PartName, partDefinition, StringComparison.Ordinal)
                    && string.Equals(before.FindType(type.Name)?.FindPart(p.Name)?.PartName, partDefinition, StringComparison.Ordinal))
                .Select(p => (type.Name, p.Name)))
            .ToList();
}
