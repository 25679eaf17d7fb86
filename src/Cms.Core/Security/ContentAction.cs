namespace Cms.Core.Security;

/// <summary>What a caller wants to do with a content item; each maps to a global and a per-type permission.</summary>
public enum ContentAction
{
    View,
    Preview,
    Edit,
    Publish,
    Delete,
    Clone,
    List,
    EditOwner,
}
