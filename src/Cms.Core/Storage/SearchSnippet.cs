namespace Cms.Core.Storage;

/// <summary>A passage around a search's matches, as plain text segments; rendering (HTML with marks) is the reader's.</summary>
public sealed record SearchSnippet(IReadOnlyList<SearchSnippetSegment> Segments)
{
    public static SearchSnippet Empty { get; } = new([]);
}
