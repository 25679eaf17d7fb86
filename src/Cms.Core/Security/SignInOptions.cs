using System.ComponentModel.DataAnnotations;

namespace Cms.Core.Security;

/// <summary>
/// The <c>Cms:SignIn</c> section: how failed sign-ins are held back. Two limits work together. Each client address
/// may fail <see cref="MaxFailuresPerAddress"/> times per <see cref="AddressWindow"/>, fewer than the
/// <see cref="MaxFailedAttempts"/> that lock an account, so one address alone cannot lock anyone out within a
/// window; the account lockout stops guessing spread over many addresses and is kept short, so locking an account
/// on purpose buys an attacker little.
/// </summary>
public sealed class SignInOptions : IValidatableObject
{
    public const string SectionName = "Cms:SignIn";

    /// <summary>Wrong passwords in a row (sign-in or the current password on the change-password page) that lock an account. Default 5.</summary>
    [Range(2, 1000)]
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked account refuses every password, the right one included. Default 1 minute.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failures one client address may make per <see cref="AddressWindow"/> before it is answered 429. Default 4.</summary>
    [Range(1, 1000)]
    public int MaxFailuresPerAddress { get; set; } = 4;

    /// <summary>The sliding window over which an address's failures are counted. Default 15 minutes.</summary>
    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(15);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxFailuresPerAddress >= MaxFailedAttempts)
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(MaxFailuresPerAddress)} must be below {nameof(MaxFailedAttempts)}, or one address could lock any account.",
                [nameof(MaxFailuresPerAddress)]);
        }

        if (LockoutDuration <= TimeSpan.Zero || AddressWindow < TimeSpan.FromSeconds(1))
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(LockoutDuration)} and {nameof(AddressWindow)} must be positive (the window at least a second).",
                [nameof(LockoutDuration), nameof(AddressWindow)]);
        }
    }
}
