namespace Cms.Core.Recipes;

/// <summary>A step's payload is wrong; <see cref="JsonPath"/> is relative to the step (<c>ContentTypes[0].Name</c>).</summary>
public sealed class RecipeStepException : Exception
{
    public RecipeStepException()
    {
    }

    public RecipeStepException(string message)
        : base(message)
    {
    }

    public RecipeStepException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RecipeStepException(string message, string? jsonPath, Exception? innerException = null)
        : base(message, innerException)
    {
        JsonPath = jsonPath;
    }

    public string? JsonPath { get; }
}
