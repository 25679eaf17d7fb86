namespace Cms.Web.Cli;

/// <summary>A verb that only reads met a store at an older schema: it changes nothing and asks for <c>migrate</c>.</summary>
public sealed class MigrationRequiredException : Exception
{
    public MigrationRequiredException()
    {
    }

    public MigrationRequiredException(string message)
        : base(message)
    {
    }

    public MigrationRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
