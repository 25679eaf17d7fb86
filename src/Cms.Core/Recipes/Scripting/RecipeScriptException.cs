namespace Cms.Core.Recipes.Scripting;

/// <summary>A scripted value (<c>[js: ...]</c>, <c>[file: ...]</c>) that could not be evaluated.</summary>
public sealed class RecipeScriptException : Exception
{
    public RecipeScriptException()
    {
    }

    public RecipeScriptException(string message)
        : base(message)
    {
    }

    public RecipeScriptException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RecipeScriptException(string message, string? jsonPath, Exception? innerException = null)
        : base(message, innerException)
    {
        JsonPath = jsonPath;
    }

    /// <summary>The string that failed, e.g. <c>$.steps[2].data[0].Owner</c>; set once the evaluator knows it.</summary>
    public string? JsonPath { get; }
}
