namespace Cms.Core.Querying;

/// <summary>
/// A parsed full-text search: every clause must match (an excluded one must not). It holds the words as typed; each
/// search engine writes its own match expression from it, quoting every word, so no text a user types is ever read
/// as the engine's own syntax.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Longer text is refused: nobody types it, and every term costs the engine a walk of its index.</summary>
    public const int MaxLength = 500;

    public const int MaxTerms = 16;

    internal SearchQuery(string text, IReadOnlyList<SearchClause> clauses)
    {
        Text = text;
        Clauses = clauses;
    }

    public string Text { get; }

    public IReadOnlyList<SearchClause> Clauses { get; }

    /// <summary>Parses words, "quoted phrases", <c>-exclude</c>, <c>OR</c> and <c>prefix*</c>; throws <see cref="SearchQueryException"/>.</summary>
    public static SearchQuery Parse(string text) => SearchQueryParser.Parse(text);
}
