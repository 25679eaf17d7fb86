namespace Cms.Core.Storage;

/// <summary>Text of a snippet; <see cref="IsMatch"/> for the words the search matched.</summary>
public sealed record SearchSnippetSegment(string Text, bool IsMatch);
