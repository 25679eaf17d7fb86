namespace Cms.Benchmarks;

/// <summary>A benchmark that cannot go on (bad arguments, a wrong answer, a server that did not start).</summary>
internal sealed class BenchmarkException : Exception
{
    public BenchmarkException(string message)
        : base(message)
    {
    }

    public BenchmarkException()
    {
    }

    public BenchmarkException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
