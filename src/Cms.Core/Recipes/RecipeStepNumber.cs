namespace Cms.Core.Recipes;

/// <summary>
/// One numbering of steps for people: messages count from 1, as a reader counts ("step 5 (Content)" is the fifth step),
/// while JSON paths keep JSON's 0-based index (<c>$.steps[4]</c>) and say they are JSON paths, so the two never pass
/// for one another.
/// </summary>
public static class RecipeStepNumber
{
    /// <summary>1-based number of the step at a 0-based index.</summary>
    public static int FromIndex(int index) => index + 1;

    /// <summary>"step 5 (Content)" for the step at index 4.</summary>
    public static string Describe(int index, string? name) =>
        string.IsNullOrEmpty(name) ? $"step {FromIndex(index)}" : $"step {FromIndex(index)} ({name})";

    /// <summary>"JSON path $.steps[4].data[3]".</summary>
    public static string DescribePath(string jsonPath) => $"JSON path {jsonPath}";
}
