using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Storage;
using Cms.Web.Admin.Pages.Contents.Editors;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>What the create and edit pages share: the generated editor, its buttons, errors by field and bag actions.</summary>
public abstract class ContentEditorPage : PageModel
{
    private readonly Dictionary<string, IReadOnlyList<string>> _errors = new(StringComparer.Ordinal);

    protected ContentEditorPage(ContentStore content, AdminCaller caller)
    {
        Store = content;
        Caller = caller;
    }

    public ContentItem Item { get; protected set; } = new();

    public ContentTypeDefinition Type { get; protected set; } = new();

    public ContentEditorModel Editor { get; private set; } = null!;

    /// <summary>Set when someone else saved the item since this editor was opened.</summary>
    public string? Conflict { get; protected set; }

    public IReadOnlyList<string> SummaryErrors => _errors.Where(e => e.Key.Length == 0).SelectMany(e => e.Value).ToList();

    public bool HasErrors => _errors.Count > 0;

    public bool CanSaveDraft { get; protected set; }

    public bool CanPublish { get; protected set; }

    public bool Stored { get; protected set; }

    public bool CanUnpublish { get; protected set; }

    public bool CanDiscardDraft { get; protected set; }

    public bool CanClone { get; protected set; }

    public bool CanDelete { get; protected set; }

    public bool CanPreview { get; protected set; }

    /// <summary>The type's PreviewPart pattern rendered with a fresh preview token; null when there is none to show.</summary>
    public Uri? PreviewInSiteUrl { get; protected set; }

    protected ContentStore Store { get; }

    protected AdminCaller Caller { get; }

    protected async Task BuildEditorAsync(SqlSession session, bool stored, CancellationToken cancellationToken)
    {
        var lookups = await EditorLookups.LoadAsync(
            session, Type, Item.Content, stored ? Item.ContentItemId : null, Caller.Definitions, Caller.CanRead, cancellationToken);
        Editor = new ContentEditorModel(Type, Item.Content, "", lookups, Caller.Definitions, _errors, stored ? Item.ContentItemId : null)
        {
            Time = await SiteTime.LoadAsync(session, cancellationToken),
        };
    }

    protected void Bind() => ContentEditorBinder.Bind(Request.Form, Type, Item.Content, "", Caller.Definitions);

    /// <summary>Validation errors by their JSON pointer ("/Article/Rank/Value") become the input name ("Article.Rank.Value").</summary>
    protected void AddErrors(ContentValidationException validation)
    {
        foreach (var group in validation.Errors.GroupBy(e => e.Path.Trim('/').Replace('/', '.'), StringComparer.Ordinal))
        {
            var key = group.Key is "ContentItemId" or "ContentType" or "DisplayText" ? "" : group.Key;
            _errors[key] = [.. (_errors.TryGetValue(key, out var existing) ? existing : []), .. group.Select(e => e.Message)];
            ModelState.AddModelError(key, string.Join(" ", group.Select(e => e.Message)));
        }
    }

    /// <summary>
    /// Without scripts: add, remove, move up or down an item of a list part ("add|FlowPart.Widgets|Paragraph",
    /// "remove|Signatories.ContentItems|2"; a bare part name means its ContentItems, as bags posted before); not saved.
    /// </summary>
    protected void ApplyBagAction(string bagAction)
    {
        var pieces = bagAction.Split('|');
        if (pieces.Length != 3 || FindList(Item.Content, pieces[1]) is not { } items)
        {
            return;
        }

        var index = int.TryParse(pieces[2], out var i) ? i : -1;
        switch (pieces[0])
        {
            case "add" when Caller.Definitions.FindType(pieces[2]) is { } type:
                var nested = new JsonObject { ["ContentItemId"] = IdGenerator.NewId(), ["ContentType"] = type.Name };
                foreach (var part in type.Parts)
                {
                    nested[part.Name] = new JsonObject();
                }

                items.Add(nested);
                break;
            case "remove" when index >= 0 && index < items.Count:
                items.RemoveAt(index);
                break;
            case "up" when index > 0 && index < items.Count:
                var moved = items[index];
                items.RemoveAt(index);
                items.Insert(index - 1, moved);
                break;
            case "down" when index >= 0 && index < items.Count - 1:
                var lowered = items[index];
                items.RemoveAt(index);
                items.Insert(index + 1, lowered);
                break;
        }
    }

    /// <summary>The array a list name points at ("Part.Property"), created when the part has none yet.</summary>
    private static JsonArray? FindList(JsonObject content, string listName)
    {
        if (FindNode(content, listName) is JsonObject bag)
        {
            return bag["ContentItems"] as JsonArray ?? (JsonArray)(bag["ContentItems"] = new JsonArray());
        }

        var dot = listName.LastIndexOf('.');
        if (dot <= 0 || FindNode(content, listName[..dot]) is not JsonObject part)
        {
            return null;
        }

        var property = listName[(dot + 1)..];
        return part[property] as JsonArray ?? (JsonArray)(part[property] = new JsonArray());
    }

    /// <summary>The JSON node of a form prefix such as "BagPart.ContentItems.0.Slides".</summary>
    private static JsonNode? FindNode(JsonNode? node, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            node = node switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }
}
