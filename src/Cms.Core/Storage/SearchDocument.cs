namespace Cms.Core.Storage;

/// <summary>
/// The words of one stored version (published or latest) for full-text search, in columns weighted apart: its title
/// above its taxonomy terms above its body. Culture is null for items that carry none.
/// </summary>
public sealed record SearchDocument(long DocumentId, string? Culture, string Title, string Body, string Terms);
