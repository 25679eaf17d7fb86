using Cms.Core.Content;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.ContentTypes;

/// <summary>
/// A definition edit held back because it hides stored values: the message naming what and how many items, and the
/// form that posts the same edit again with <c>ConfirmDataLoss</c>.
/// </summary>
/// <param name="Action">The URL the edit was posted to (page and handler).</param>
/// <param name="Fields">The edit's posted fields, without the antiforgery token.</param>
public sealed record DataLossConfirmation(string Message, string Action, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public static DataLossConfirmation For(IReadOnlyList<ContentDefinitionChange> hidden, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var items = ContentDefinitionImpact.CountItems(hidden);
        var message = $"This change would hide the stored values of {(items == 1 ? "1 content item" : $"{items} content items")}: " +
            string.Join("; ", hidden.Select(c => c.Describe())) +
            ". The values stay in the stored items, but no editor, query or GraphQL field reaches them any more. Nothing was changed.";
        var fields = request.HasFormContentType
            ? request.Form.Where(f => f.Key is not ("__RequestVerificationToken" or nameof(ContentTypesPage.ConfirmDataLoss)))
                .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? "")))
                .ToList()
            : [];
        return new DataLossConfirmation(message, request.Path + request.QueryString, fields);
    }
}
