using Cms.Core.Querying;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>
/// The content list's search box, Orchard's terms: <c>status:</c> draft|published|latest|owner,
/// <c>sort:</c> modified|published|created|title, <c>type:</c> a technical name; other words (or a
/// "quoted phrase") are searched for in the items' words (full-text, each word also as the start of longer ones, so a
/// half-typed word still finds), ranked by relevance unless a sort is given; <c>-word</c> excludes it.
/// </summary>
public sealed class ContentListSearch
{
    /// <summary>Longest search text accepted; its words become LIKE patterns, which SQLite refuses when huge.</summary>
    public const int MaxLength = 1000;

    public ContentStatus Status { get; private set; } = ContentStatus.Latest;

    /// <summary><c>status:scheduled</c> (ours): items with a publish or archive time still to come.</summary>
    public bool Scheduled { get; private set; }

    /// <summary>Orchard's <c>status:Owner</c>: the caller's own latest items.</summary>
    public bool OwnOnly { get; private set; }

    public string Sort { get; private set; } = "modified";

    /// <summary>Whether the text named a sort (<c>sort:title</c>); without one, a search for words lists by relevance.</summary>
    public bool SortGiven { get; private set; }

    /// <summary>Whether the list is ordered by relevance: words to look for and no sort asked for.</summary>
    public bool RanksByRelevance => _words.Count > 0 && !SortGiven;

    public string? ContentType { get; private set; }

    public IReadOnlyList<string> Words => _words;

    public IReadOnlyList<string> ExcludedWords => _excluded;

    public IReadOnlyList<string> Errors => _errors;

    /// <summary>The text was refused as a whole (too long): nothing should be listed for it.</summary>
    public bool Refused { get; private set; }

    private readonly List<string> _words = [];
    private readonly List<string> _excluded = [];
    private readonly List<string> _errors = [];

    public static ContentListSearch Parse(string? text) => Parse(text, "");

    /// <summary>Parses the filter controls' terms (<paramref name="controls"/>) and then the typed text, so typed terms win.</summary>
    public static ContentListSearch Parse(string? text, string controls)
    {
        var search = new ContentListSearch();
        if (text?.Length > MaxLength)
        {
            search.Refused = true;
            search._errors.Add($"The search (q) is {text.Length:N0} characters long; the limit is {MaxLength:N0}.");
            return search;
        }

        foreach (var token in Tokenize(controls).Concat(Tokenize(text ?? "")))
        {
            search.Apply(token);
        }

        return search;
    }

    public IReadOnlyList<ContentOrder> Order => Sort switch
    {
        "published" => [new ContentOrder(ContentColumn.Metadata("PublishedUtc"), Descending: true)],
        "created" => [new ContentOrder(ContentColumn.Metadata("CreatedUtc"), Descending: true)],
        "title" => [new ContentOrder(ContentColumn.Metadata("DisplayText"))],
        _ => [new ContentOrder(ContentColumn.Metadata("ModifiedUtc"), Descending: true)],
    };

    /// <summary>
    /// The full-text search of the free words, or null when there is no word to look for. Words are taken as typed,
    /// never parsed as a query language: each is looked for as a word or the start of one, a phrase as a phrase.
    /// </summary>
    public SearchQuery? WordsQuery()
    {
        if (_words.Count == 0)
        {
            return null;
        }

        static SearchTerm Term(string word) => word.Contains(' ', StringComparison.Ordinal)
            ? new SearchTerm(word, IsPhrase: true, IsPrefix: false)
            : new SearchTerm(word.TrimEnd('*'), IsPhrase: false, IsPrefix: true);
        var clauses = _words.Select(w => new SearchClause([Term(w)], Excluded: false))
            .Concat(_excluded.Select(w => new SearchClause([Term(w) with { IsPrefix = false }], Excluded: true)));
        return new SearchQuery(string.Join(' ', _words), [.. clauses]);
    }

    /// <summary>The conditions of the free words: a full-text search, or with only excluded words the display text without them.</summary>
    public ContentFilter? TextFilter() => WordsQuery() is { } query ? new SearchFilter(query) : DisplayTextFilter();

    private ContentFilter? DisplayTextFilter()
    {
        var display = ContentColumn.Metadata("DisplayText");
        var conditions = _words.Select(w => ContentFilter.Where(display, FilterOperator.Contains, w))
            .Concat(_excluded.Select(w => ContentFilter.Where(display, FilterOperator.NotContains, w)))
            .ToArray();
        return conditions.Length switch
        {
            0 => null,
            1 => conditions[0],
            _ => ContentFilter.And(conditions),
        };
    }

    private void Apply(string token)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        var name = colon > 0 ? token[..colon].ToLowerInvariant() : "";
        var value = colon > 0 ? token[(colon + 1)..].Trim('"') : token;
        switch (name)
        {
            case "status":
                ApplyStatus(value.ToLowerInvariant());
                break;
            case "sort":
                if (value.ToLowerInvariant() is "modified" or "published" or "created" or "title")
                {
                    Sort = value.ToLowerInvariant();
                    SortGiven = true;
                }
                else
                {
                    _errors.Add($"Unknown sort '{value}': use modified, published, created or title.");
                }

                break;
            case "type":
                ContentType = value;
                break;
            default:
                if (token.StartsWith('-') && token.Length > 1)
                {
                    _excluded.Add(token[1..].Trim('"'));
                }
                else if (token.Trim('"').Length > 0)
                {
                    _words.Add(token.Trim('"'));
                }

                break;
        }
    }

    private void ApplyStatus(string value)
    {
        switch (value)
        {
            case "draft":
                Status = ContentStatus.Draft;
                break;
            case "published":
                Status = ContentStatus.Published;
                break;
            case "latest" or "allversions":
                Status = ContentStatus.Latest;
                break;
            case "owner":
                Status = ContentStatus.Latest;
                OwnOnly = true;
                break;
            case "scheduled":
                Status = ContentStatus.Latest;
                Scheduled = true;
                break;
            default:
                _errors.Add($"Unknown status '{value}': use draft, published, latest, owner or scheduled.");
                break;
        }
    }

    /// <summary>Splits on spaces, keeping "quoted phrases" (also after a colon: <c>type:"Blog Post"</c>) together.</summary>
    private static IEnumerable<string> Tokenize(string text)
    {
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
                current.Append(c);
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }
}
