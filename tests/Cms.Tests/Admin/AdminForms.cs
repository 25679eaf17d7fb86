using System.Text.RegularExpressions;

namespace Cms.Tests.Admin;

/// <summary>Posting admin forms as a browser would: the page's antiforgery token first.</summary>
internal static partial class AdminForms
{
    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return AntiforgeryInput().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"No antiforgery token on {page}.");
    }

    /// <summary>Posts the fields to <paramref name="action"/> with the token of <paramref name="page"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await TokenAsync(client, page);
        return await client.PostAsync(action, new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields]));
    }

    /// <summary>Signs in through the sign-in form, as a browser does; the client keeps the cookie it is given.</summary>
    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password) =>
        PostAsync(client, "/admin/login", "/admin/login", [new("UserName", userName), new("Password", password)]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}
