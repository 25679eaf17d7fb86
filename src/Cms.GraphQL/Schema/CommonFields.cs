using Cms.Core.ContentModel;
using GraphQL.Types;

namespace Cms.GraphQL.Schema;

/// <summary>The eleven metadata fields every content item type and the ContentItem interface share.</summary>
internal static class CommonFields
{
    public static IEnumerable<FieldType> Create(SchemaBuildContext context) =>
    [
        Field("contentItemId", new NonNullGraphType(context.String), "Content item id", i => i.ContentItemId),
        Field("contentItemVersionId", context.String, "The content item version id", i => i.ContentItemVersionId),
        Field("contentType", new NonNullGraphType(context.String), "Type of content", i => i.ContentType),
        Field("displayText", context.String, "The display text of the content item", i => i.DisplayText),
        Field("published", new NonNullGraphType(context.Boolean), "Is the published version", i => i.Published),
        Field("latest", new NonNullGraphType(context.Boolean), "Is the latest version", i => i.Latest),
        Field("modifiedUtc", context.DateTime, "The date and time of modification", i => i.ModifiedUtc),
        Field("publishedUtc", context.DateTime, "The date and time of publication", i => i.PublishedUtc),
        Field("createdUtc", context.DateTime, "The date and time of creation", i => i.CreatedUtc),
        Field("owner", context.String, "The owner of the content item", i => i.Owner),
        Field("author", context.String, "The author of the content item", i => i.Author),
    ];

    private static FieldType Field(string name, IGraphType type, string description, Func<ContentItem, object?> read) => new()
    {
        Name = name,
        ResolvedType = type,
        Description = description,
        Resolver = DelegateResolver.Sync(context => context.Source is ContentItem item ? read(item) : null),
    };
}
