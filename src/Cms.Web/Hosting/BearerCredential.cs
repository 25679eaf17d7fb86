namespace Cms.Web.Hosting;

/// <summary>The credential of an <c>Authorization: Bearer</c> header, shared by API keys and preview tokens.</summary>
internal static class BearerCredential
{
    private const string Prefix = "Bearer ";

    /// <summary>The credential after "Bearer ", or null when the request offers none.</summary>
    public static string? Read(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? header[Prefix.Length..].Trim() : null;
    }
}
