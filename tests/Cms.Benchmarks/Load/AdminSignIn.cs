using System.Net;
using System.Text.RegularExpressions;

namespace Cms.Benchmarks.Load;

/// <summary>Signs in once through the real login form (antiforgery token and all) and returns the Cookie header to reuse.</summary>
internal static partial class AdminSignIn
{
    public static async Task<string> CookieHeaderAsync(string baseUrl, string userName, string password)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        var form = await client.GetStringAsync(new Uri("/admin/login", UriKind.Relative));
        var token = TokenField().Match(form);
        if (!token.Success)
        {
            throw new BenchmarkException("The login page has no antiforgery token.");
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        });
        using var response = await client.PostAsync(new Uri("/admin/login", UriKind.Relative), content);
        var header = cookies.GetCookieHeader(new Uri(baseUrl));
        if (response.StatusCode != HttpStatusCode.Redirect || !header.Contains("cms.auth", StringComparison.Ordinal))
        {
            throw new BenchmarkException($"Signing in failed: {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        return header;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
