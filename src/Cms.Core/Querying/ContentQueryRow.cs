using Cms.Core.ContentModel;

namespace Cms.Core.Querying;

/// <summary>One result of a paged query: the item and the cursor that pages after it.</summary>
public sealed record ContentQueryRow(ContentItem Item, ContentCursor Cursor);
