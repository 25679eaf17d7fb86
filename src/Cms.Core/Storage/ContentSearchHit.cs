using Cms.Core.ContentModel;

namespace Cms.Core.Storage;

/// <summary>One item found by a search, with its relevance (higher is better) and a passage around its matches.</summary>
public sealed record ContentSearchHit(ContentItem Item, double Score, SearchSnippet Snippet);
