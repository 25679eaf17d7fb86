using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cms.Core.Security;

/// <summary>
/// Hashes and checks passwords with ASP.NET Core Identity's hasher, the format Orchard stores, so hashes
/// imported from an Orchard Users recipe verify here.
/// </summary>
public sealed class UserPasswords
{
    private static readonly UserRecord NoUser = new();

    private readonly PasswordHasher<UserRecord> _hasher;
    private readonly Lazy<string> _unknownUserHash;

    public UserPasswords(IOptions<PasswordHasherOptions>? options = null)
    {
        _hasher = new PasswordHasher<UserRecord>(options);
        _unknownUserHash = new Lazy<string>(() => _hasher.HashPassword(NoUser, Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));
    }

    public string Hash(UserRecord user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        return _hasher.HashPassword(user, password);
    }

    /// <summary>Stores a new hash and a new security stamp, which signs the user out everywhere else.</summary>
    public void SetPassword(UserRecord user, string password)
    {
        user.PasswordHash = Hash(user, password);
        user.SecurityStamp = NewSecurityStamp();
    }

    public PasswordCheckResult Verify(UserRecord user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);

        // A user created without a password (external login, import without hash) can never sign in with one.
        if (string.IsNullOrEmpty(user.PasswordHash))
        {
            VerifyForUnknownUser(password);
            return PasswordCheckResult.Failed;
        }

        PasswordVerificationResult result;
        try
        {
            result = _hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        }
        catch (FormatException)
        {
            // An imported hash that is not base64 matches no password; refusing beats failing the sign-in page.
            return PasswordCheckResult.Failed;
        }

        return result switch
        {
            PasswordVerificationResult.Success => PasswordCheckResult.Success,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheckResult.SuccessRehashNeeded,
            _ => PasswordCheckResult.Failed,
        };
    }

    /// <summary>
    /// Spends the work of a real check on a fixed hash that no password matches, so a name that does not exist
    /// answers as slowly as one that does and timing cannot tell which user names are taken.
    /// </summary>
    public void VerifyForUnknownUser(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        _hasher.VerifyHashedPassword(NoUser, _unknownUserHash.Value, password);
    }

    /// <summary>A random stamp (160 bits, hex), the size Identity uses.</summary>
    public static string NewSecurityStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(20));
}
