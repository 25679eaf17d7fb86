namespace Cms.Core.Recipes;

/// <summary>A recipe file that cannot be read: bad JSON or a malformed header or step. Nothing has run.</summary>
public sealed class RecipeFormatException : Exception
{
    public RecipeFormatException()
    {
    }

    public RecipeFormatException(string message)
        : base(message)
    {
    }

    public RecipeFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RecipeFormatException(
        string message, string? fileName, string? jsonPath, int? line = null, int? column = null, Exception? innerException = null)
        : base(message, innerException)
    {
        FileName = fileName;
        JsonPath = jsonPath;
        Line = line;
        Column = column;
    }

    public string? FileName { get; }

    /// <summary>The culprit's path, e.g. <c>$.steps[3]</c>, when known.</summary>
    public string? JsonPath { get; }

    /// <summary>1-based line of a JSON syntax error.</summary>
    public int? Line { get; }

    /// <summary>1-based column (in characters) of a JSON syntax error.</summary>
    public int? Column { get; }
}
