namespace Cms.Core.Security;

/// <summary>Which items of a type a caller may see, so a query can filter in SQL instead of row by row.</summary>
public enum ContentVisibility
{
    /// <summary>Nothing: the query should return an empty result.</summary>
    None,

    /// <summary>Only items whose Owner is the caller's user id.</summary>
    OwnOnly,

    /// <summary>Only the item named by the caller's preview grant (<see cref="CmsPrincipal.PreviewContentItemId"/>).</summary>
    PreviewGrantOnly,

    /// <summary>Every item of the type.</summary>
    All,
}
