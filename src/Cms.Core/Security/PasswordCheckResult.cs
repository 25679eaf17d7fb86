namespace Cms.Core.Security;

/// <summary>The outcome of checking a password against a user's stored hash.</summary>
public enum PasswordCheckResult
{
    Failed,
    Success,

    /// <summary>Correct, but hashed with an older format or fewer iterations: store a fresh hash.</summary>
    SuccessRehashNeeded,
}
