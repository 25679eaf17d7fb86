namespace Cms.Core.Security;

/// <summary>A password change: the updated user on success, otherwise the messages keyed by form field.</summary>
public sealed record PasswordChangeResult(IReadOnlyDictionary<string, string> Errors, UserRecord? User);
