namespace Cms.Core.Security;

/// <summary>How a Roles recipe entry's permission list changes the role's stored list.</summary>
public enum PermissionBehavior
{
    /// <summary>The default: the stored list becomes the listed permissions.</summary>
    Replace,

    /// <summary>Listed permissions the role lacks are added.</summary>
    Add,

    /// <summary>Listed permissions are taken away.</summary>
    Remove,
}
