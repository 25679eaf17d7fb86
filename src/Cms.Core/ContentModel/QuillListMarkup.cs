using AngleSharp.Dom;

namespace Cms.Core.ContentModel;

/// <summary>
/// Rewrites Quill 2's editing markup for lists into plain HTML. Quill keeps every list as an <c>ol</c> whose
/// items say their kind in <c>data-list</c> ("bullet", "ordered", "checked", "unchecked") and start with an
/// editor-only, non-editable <c>span.ql-ui</c>. Readers other than Quill would number every list, so runs of
/// bulleted items become a <c>ul</c>, and the editor-only spans and attributes go (stored content is never
/// <c>contenteditable</c>). Quill's indentation classes are not read: its nested items come out flat.
/// </summary>
internal static class QuillListMarkup
{
    public const string KindAttribute = "data-list";

    public static void Rewrite(IElement root)
    {
        // The sanitiser has already dropped the marker's class by now; an empty non-editable span is all it is.
        foreach (var marker in root.QuerySelectorAll("span[contenteditable=false]").Where(s => s.ChildNodes.Length == 0).ToList())
        {
            marker.Remove();
        }

        foreach (var list in root.QuerySelectorAll("ol, ul").Where(l => l.Children.Any(IsMarked)).ToList())
        {
            SplitByKind(list);
        }

        foreach (var element in root.QuerySelectorAll($"[{KindAttribute}], [contenteditable]").ToList())
        {
            element.RemoveAttribute(KindAttribute);
            element.RemoveAttribute("contenteditable");
        }
    }

    /// <summary>Each run of items of one kind becomes its own list, in place of the original.</summary>
    private static void SplitByKind(IElement list)
    {
        var document = list.Owner!;
        IElement? current = null;
        foreach (var child in list.Children.ToList())
        {
            var tag = ListTag(child, list.LocalName);
            if (current is null || current.LocalName != tag)
            {
                current = document.CreateElement(tag);
                list.Parent!.InsertBefore(current, list);
            }

            current.AppendChild(child);
        }

        list.Remove();
    }

    private static bool IsMarked(IElement child) => child.LocalName == "li" && child.HasAttribute(KindAttribute);

    private static string ListTag(IElement item, string unmarked) => item.GetAttribute(KindAttribute) switch
    {
        "bullet" or "checked" or "unchecked" => "ul",
        "ordered" => "ol",
        _ => unmarked,
    };
}
