namespace Cms.Core.Media;

/// <summary>
/// A media operation that cannot be done: a name the library does not allow, a path outside it, a file that
/// exists already or is missing. <see cref="Field"/> names the input at fault (form field, recipe property).
/// </summary>
public sealed class MediaException : Exception
{
    public MediaException()
    {
    }

    public MediaException(string message)
        : base(message)
    {
    }

    public MediaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MediaException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    public MediaException(string field, string message, Exception innerException)
        : base(message, innerException)
    {
        Field = field;
    }

    public string? Field { get; }
}
