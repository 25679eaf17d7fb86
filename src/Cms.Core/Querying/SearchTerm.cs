namespace Cms.Core.Querying;

/// <summary>One thing a reader looks for: a word, a "quoted phrase", or the start of a word (<c>defend*</c>).</summary>
public sealed record SearchTerm(string Text, bool IsPhrase, bool IsPrefix);
