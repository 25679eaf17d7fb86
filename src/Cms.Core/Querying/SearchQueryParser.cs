namespace Cms.Core.Querying;

/// <summary>
/// Reads the search syntax people know from web search engines: words (all must match), "quoted phrases", <c>-word</c>
/// to exclude, <c>OR</c> (upper case) between two terms, and <c>word*</c> for words starting so. Punctuation-only words
/// are ignored, as the engines' tokenizers would drop them anyway.
/// </summary>
internal sealed class SearchQueryParser
{
    private readonly string _text;
    private readonly List<SearchClause> _clauses = [];
    private int _position;
    private bool _orPending;
    private int _orPosition;
    private int _terms;

    private SearchQueryParser(string text) => _text = text;

    public static SearchQuery Parse(string text)
    {
        if (text.Length > SearchQuery.MaxLength)
        {
            throw new SearchQueryException($"The search is {text.Length} characters long; at most {SearchQuery.MaxLength} are allowed.");
        }

        var parser = new SearchQueryParser(text);
        parser.ReadAll();
        return new SearchQuery(text, parser._clauses);
    }

    private void ReadAll()
    {
        while (SkipSpaces())
        {
            var start = _position;
            var excluded = _text[_position] == '-' && _position + 1 < _text.Length && !char.IsWhiteSpace(_text[_position + 1]);
            if (excluded)
            {
                _position++;
            }

            var quoted = _text[_position] == '"';
            var term = quoted ? ReadPhrase(start) : ReadWord();
            if (!quoted && !excluded && term.Text == "OR")
            {
                StartOr(start);
                continue;
            }

            if (term.Text.Any(char.IsLetterOrDigit))
            {
                Add(term, excluded, start);
            }
        }

        if (_orPending)
        {
            throw new SearchQueryException($"OR at position {_orPosition + 1} has no term after it.");
        }

        if (!_clauses.Exists(clause => !clause.Excluded))
        {
            throw new SearchQueryException(_clauses.Count == 0
                ? "The search has no word to look for."
                : "The search only excludes words; add a word to look for.");
        }
    }

    private bool SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }

        return _position < _text.Length;
    }

    private SearchTerm ReadPhrase(int start)
    {
        var close = _text.IndexOf('"', _position + 1);
        if (close < 0)
        {
            throw new SearchQueryException($"The quote at position {start + 1} is not closed.");
        }

        var phrase = _text[(_position + 1)..close];
        _position = close + 1;
        return new SearchTerm(phrase.Trim(), IsPhrase: true, IsPrefix: false);
    }

    private SearchTerm ReadWord()
    {
        var start = _position;
        while (_position < _text.Length && !char.IsWhiteSpace(_text[_position]) && _text[_position] != '"')
        {
            _position++;
        }

        var word = _text[start.._position];
        var stem = word.TrimEnd('*');
        return new SearchTerm(stem, IsPhrase: false, IsPrefix: stem.Length < word.Length);
    }

    private void StartOr(int start)
    {
        if (_orPending || _clauses.Count == 0 || _clauses[^1].Excluded)
        {
            throw new SearchQueryException($"OR at position {start + 1} must stand between two terms to look for.");
        }

        _orPending = true;
        _orPosition = start;
    }

    private void Add(SearchTerm term, bool excluded, int start)
    {
        if (++_terms > SearchQuery.MaxTerms)
        {
            throw new SearchQueryException($"The search has more than {SearchQuery.MaxTerms} terms.");
        }

        if (!_orPending)
        {
            _clauses.Add(new SearchClause([term], excluded));
            return;
        }

        if (excluded)
        {
            throw new SearchQueryException($"OR at position {_orPosition + 1} cannot join the excluded term at position {start + 1}.");
        }

        _orPending = false;
        _clauses[^1] = _clauses[^1] with { Alternatives = [.. _clauses[^1].Alternatives, term] };
    }
}
