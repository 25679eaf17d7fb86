namespace Cms.Core.Recipes;

/// <summary>Builds the JSONPath strings that errors use to name their culprit (<c>$.steps[2].ContentTypes[0]</c>).</summary>
internal static class RecipeJsonPath
{
    public static string Property(string parent, string name) =>
        IsPlainName(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    /// <summary>Joins a step's path with a path relative to the step (<c>ContentTypes[0].Name</c>).</summary>
    public static string Combine(string parent, string? relative) => relative switch
    {
        null or "" => parent,
        _ when relative.StartsWith('[') => parent + relative,
        _ => $"{parent}.{relative}",
    };

    private static bool IsPlainName(string name) =>
        name.Length > 0
        && (char.IsLetter(name[0]) || name[0] is '_' or '$')
        && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$');
}
