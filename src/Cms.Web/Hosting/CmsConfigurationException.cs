namespace Cms.Web.Hosting;

/// <summary>Configuration the product cannot start with; the message lists every problem, one setting per line.</summary>
public sealed class CmsConfigurationException : Exception
{
    public CmsConfigurationException()
    {
    }

    public CmsConfigurationException(string message)
        : base(message)
    {
    }

    public CmsConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CmsConfigurationException(IReadOnlyList<string> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; } = [];

    private static string Describe(IReadOnlyList<string> problems) =>
        $"The configuration has {problems.Count} problem{(problems.Count == 1 ? "" : "s")}; nothing was started or changed:"
        + string.Concat(problems.Select(p => Environment.NewLine + "  - " + p));
}
