namespace Cms.Core.Definitions;

/// <summary>What one definition change does to a type, a part in it, or a field of that part.</summary>
public enum ContentDefinitionChangeKind
{
    TypeCreated,

    /// <summary>The type is gone: its items no longer appear in lists, GraphQL or the admin.</summary>
    TypeDeleted,

    PartAttached,

    /// <summary>The part is no longer in the type: the values items hold under its name are unreachable.</summary>
    PartDetached,

    /// <summary>A named part now points at another part definition: the stored values are read as that kind.</summary>
    PartKindChanged,

    FieldAdded,

    /// <summary>The field is no longer in the part: its stored values are unreachable.</summary>
    FieldRemoved,

    /// <summary>The field has another kind: stored values of the old shape read as empty.</summary>
    FieldKindChanged,
}
