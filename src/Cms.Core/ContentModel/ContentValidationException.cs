namespace Cms.Core.ContentModel;

/// <summary>Thrown when an item fails validation; nothing has been written.</summary>
public sealed class ContentValidationException : Exception
{
    public ContentValidationException(IReadOnlyList<ContentValidationError> errors)
        : base(string.Join(" ", errors.Select(e => $"{e.Path}: {e.Message}")))
    {
        Errors = errors;
    }

    public ContentValidationException()
        : this([])
    {
    }

    public ContentValidationException(string message)
        : base(message)
    {
        Errors = [new ContentValidationError("", message)];
    }

    public ContentValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ContentValidationError("", message)];
    }

    public IReadOnlyList<ContentValidationError> Errors { get; } = [];
}
