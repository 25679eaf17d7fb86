namespace Cms.Core.Recipes;

/// <summary>A run stopped at a failing step; <see cref="Result"/> holds what ran before it.</summary>
public sealed class RecipeExecutionException : Exception
{
    public RecipeExecutionException()
        : this("The recipe failed.")
    {
    }

    public RecipeExecutionException(string message)
        : this(message, innerException: null)
    {
    }

    public RecipeExecutionException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Error = new RecipeError("", -1, "", null, message);
        Result = new RecipeResult("") { Error = Error };
    }

    public RecipeExecutionException(RecipeResult result, Exception? innerException = null)
        : base(result.Error?.ToString() ?? "The recipe failed.", innerException)
    {
        Result = result;
        Error = result.Error ?? new RecipeError(result.RecipeName, -1, "", null, Message);
    }

    public RecipeError Error { get; }

    public RecipeResult Result { get; }

    public int StepIndex => Error.StepIndex;

    public string StepName => Error.StepName;

    public string? JsonPath => Error.JsonPath;
}
