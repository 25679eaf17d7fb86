using System.Net;
using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>
/// Two versions' read-only views compared field by field, word by word (DiffPlex's word diff): the older side marks
/// the words taken out, the newer side the words put in. HTML is compared as its text, which is what an editor reads.
/// </summary>
public sealed partial record ContentComparison(string OlderTitle, string NewerTitle, IReadOnlyList<ComparedRow> Rows)
{
    public int ChangedCount => Rows.Count(r => r.Changed);

    public static ContentComparison Between(string olderTitle, ContentDisplay? older, string newerTitle, ContentDisplay newer)
    {
        var olderRows = (older?.Rows ?? []).GroupBy(r => r.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var rows = new List<ComparedRow>();
        foreach (var row in newer.Rows)
        {
            olderRows.TryGetValue(row.Label, out var before);
            rows.Add(Compare(row.Label, before is null ? "" : TextOf(before), TextOf(row)));
            olderRows.Remove(row.Label);
        }

        // Fields only the older version had (a nested item removed since) are shown as all removed.
        rows.AddRange(olderRows.Values.Select(row => Compare(row.Label, TextOf(row), "")));
        return new ContentComparison(olderTitle, newerTitle, rows);
    }

    private static ComparedRow Compare(string label, string olderText, string newerText)
    {
        if (string.Equals(olderText, newerText, StringComparison.Ordinal))
        {
            IReadOnlyList<DiffSegment> same = olderText.Length == 0 ? [] : [new DiffSegment(olderText, DiffSegmentKind.Unchanged)];
            return new ComparedRow(label, same, same, false);
        }

        var diff = Differ.Instance.CreateDiffs(olderText, newerText, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var older = new List<DiffSegment>();
        var newer = new List<DiffSegment>();
        int a = 0, b = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Append(older, diff.PiecesOld, a, block.DeleteStartA - a, DiffSegmentKind.Unchanged);
            Append(newer, diff.PiecesNew, b, block.InsertStartB - b, DiffSegmentKind.Unchanged);
            Append(older, diff.PiecesOld, block.DeleteStartA, block.DeleteCountA, DiffSegmentKind.Removed);
            Append(newer, diff.PiecesNew, block.InsertStartB, block.InsertCountB, DiffSegmentKind.Added);
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }

        Append(older, diff.PiecesOld, a, diff.PiecesOld.Count - a, DiffSegmentKind.Unchanged);
        Append(newer, diff.PiecesNew, b, diff.PiecesNew.Count - b, DiffSegmentKind.Unchanged);
        return new ComparedRow(label, older, newer, true);
    }

    private static void Append(List<DiffSegment> segments, IReadOnlyList<string> pieces, int start, int count, DiffSegmentKind kind)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(pieces.Skip(start).Take(count));
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(text, kind));
        }
    }

    private static string TextOf(ContentDisplayRow row) => row.SanitizedHtml is { } html
        ? Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim()
        : row.Text ?? "";

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
