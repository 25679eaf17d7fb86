namespace Cms.Core.Content;

/// <summary>An owner mapping names a user this site does not have; <see cref="Mapping"/> is the pair as given (<c>from=to</c>).</summary>
public sealed class ContentOwnerMapException : Exception
{
    public ContentOwnerMapException()
    {
        Mapping = "";
    }

    public ContentOwnerMapException(string message)
        : base(message)
    {
        Mapping = "";
    }

    public ContentOwnerMapException(string message, Exception innerException)
        : base(message, innerException)
    {
        Mapping = "";
    }

    public ContentOwnerMapException(string from, string to)
        : base($"Owner mapping '{from}={to}': this site has no user '{to}' (give a user name or user id of this site).")
    {
        Mapping = $"{from}={to}";
    }

    public string Mapping { get; }
}
