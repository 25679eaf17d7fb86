using System.Globalization;
using System.Text;

namespace Cms.Benchmarks.Run;

/// <summary>The one table the run prints at the end (Markdown, so it can be pasted into a note as it is).</summary>
internal sealed class ResultTable
{
    private readonly List<string[]> _rows = [];
    private readonly List<string> _notes = [];

    public void Add(string what, int items, double? requestsPerSecond = null, double? p50 = null, double? p99 = null,
        string ratio = "", string notes = "") =>
        _rows.Add([what, items.ToString("N0", CultureInfo.InvariantCulture), Format(requestsPerSecond, "0"), Format(p50, "0.00"),
            Format(p99, "0.00"), ratio, notes]);

    public void Note(string line) => _notes.Add(line);

    public string Render()
    {
        string[] header = ["measurement", "items", "req/s", "p50 ms", "p99 ms", "ratio", "notes"];
        var widths = header.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        AppendRow(text, header, widths);
        text.Append('|').AppendJoin('|', widths.Select(w => new string('-', w + 2))).Append("|\n");
        foreach (var row in _rows)
        {
            AppendRow(text, row, widths);
        }

        foreach (var note in _notes)
        {
            text.Append('\n').Append(note);
        }

        return text.Append('\n').ToString();
    }

    public static string Ratio(double value, double baseline) =>
        baseline <= 0 ? "" : (value / baseline).ToString("0.00", CultureInfo.InvariantCulture) + "x";

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append('|');
        for (var i = 0; i < cells.Length; i++)
        {
            text.Append(' ').Append(i is 0 or 6 ? cells[i].PadRight(widths[i]) : cells[i].PadLeft(widths[i])).Append(" |");
        }

        text.Append('\n');
    }

    private static string Format(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "";
}
