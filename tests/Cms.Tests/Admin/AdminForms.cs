using System.Net;
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

    /// <summary>The value of a hidden input of a page (an edit form's VersionId and DocumentVersion).</summary>
    public static string HiddenValue(string html, string name) =>
        Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"{name}\"") is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value)
            : throw new InvalidOperationException($"No hidden input {name}.");

    /// <summary>Posts an item's edit form as a browser would: with the version the page was opened at.</summary>
    public static async Task<HttpResponseMessage> PostEditAsync(HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = await client.GetStringAsync(page);
        return await PostAsync(client, page, page,
            [new("VersionId", HiddenValue(form, "VersionId")), new("DocumentVersion", HiddenValue(form, "DocumentVersion")), .. fields]);
    }

    /// <summary>Signs in through the sign-in form, as a browser does; the client keeps the cookie it is given.</summary>
    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password) =>
        PostAsync(client, "/admin/login", "/admin/login", [new("UserName", userName), new("Password", password)]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}
