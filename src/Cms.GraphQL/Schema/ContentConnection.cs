using Cms.Core.ContentModel;
using Cms.Core.Querying;

namespace Cms.GraphQL.Schema;

/// <summary>One page of a connection field; <see cref="CountQuery"/> is run only when totalCount is selected.</summary>
internal sealed record ContentConnection(ContentQuery CountQuery, IReadOnlyList<ContentItem> Nodes, bool HasNextPage, string? EndCursor);
