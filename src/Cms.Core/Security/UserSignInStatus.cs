namespace Cms.Core.Security;

public enum UserSignInStatus
{
    Failed,
    Succeeded,
    LockedOut,
    Disabled,
}
