using Microsoft.Extensions.Options;

namespace Cms.Web.Hosting;

/// <summary>
/// Fails start on an origin a browser would never send (a path, a trailing slash, a wildcard host), which would
/// otherwise silently match nothing; and on <c>*</c> mixed with listed origins, which would be ambiguous about credentials.
/// </summary>
internal sealed class ApiCorsOptionsValidation : IValidateOptions<ApiCorsOptions>
{
    private const string Setting = "Cms:Cors:AllowedOrigins";

    public ValidateOptionsResult Validate(string? name, ApiCorsOptions options)
    {
        var origins = options.AllowedOrigins;
        if (origins.Contains(ApiCorsOptions.AnyOrigin) && origins.Count > 1)
        {
            return ValidateOptionsResult.Fail(
                $"{Setting}: '*' allows every origin without credentials and must be the only entry; remove it or the listed origins.");
        }

        if (options.PreflightMaxAge < TimeSpan.Zero)
        {
            return ValidateOptionsResult.Fail($"Cms:Cors:PreflightMaxAge must not be negative (it is {options.PreflightMaxAge}).");
        }

        var problems = origins.Where(o => o != ApiCorsOptions.AnyOrigin && !IsOrigin(o))
            .Select(o => $"{Setting}: '{o}' is not an origin; write scheme://host[:port] with no path, not even a trailing slash " +
                         "(for example https://app.example.org).")
            .ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.UserInfo.Length == 0
        && !uri.Host.Contains('*', StringComparison.Ordinal)
        && string.Equals(value, uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
}
