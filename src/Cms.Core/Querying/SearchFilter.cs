namespace Cms.Core.Querying;

/// <summary>Items whose words match a full-text search; with a culture, items of another culture are left out.</summary>
public sealed record SearchFilter(SearchQuery Query, string? Culture = null) : ContentFilter;
