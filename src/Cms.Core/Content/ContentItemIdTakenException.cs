namespace Cms.Core.Content;

/// <summary>
/// A new item names an id that already belongs to an item, live or deleted: the id, and the history stored under it,
/// stay with that item. Creating with it is a conflict on <c>/ContentItemId</c>.
/// </summary>
public sealed class ContentItemIdTakenException : Exception
{
    public ContentItemIdTakenException()
    {
    }

    public ContentItemIdTakenException(string message)
        : base(message)
    {
    }

    public ContentItemIdTakenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The JSON pointer of the culprit.</summary>
    public const string Path = "/ContentItemId";

    public static ContentItemIdTakenException For(string contentItemId) =>
        new($"The id '{contentItemId}' belongs to an existing or deleted content item; leave ContentItemId out to get a new one.");
}
