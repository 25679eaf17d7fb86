using System.Text.RegularExpressions;

namespace Cms.Core.Recipes.Scripting;

/// <summary>
/// <c>[file: text('path')]</c> and <c>[file: base64('path')]</c>, relative to the recipe's folder and never outside it.
/// Unlike Orchard's (which returns an empty string), base64 really returns the file's bytes as base64.
/// </summary>
internal sealed partial class FileScriptEngine : IRecipeScriptEngine
{
    public string Prefix => "file";

    public string Evaluate(string script, RecipeScriptScope scope)
    {
        var call = CallPattern().Match(script);
        if (!call.Success)
        {
            throw new RecipeScriptException(
                $"The script 'file:{RecipeScriptScope.Shorten(script)}' is not text('relative/path') or base64('relative/path').");
        }

        var path = Resolve(call.Groups["path"].Value, scope.Recipe.BasePath);
        try
        {
            return call.Groups["function"].Value == "text"
                ? File.ReadAllText(path)
                : Convert.ToBase64String(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new RecipeScriptException(
                $"The file '{call.Groups["path"].Value}' used by the recipe was not found (looked for '{path}').", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RecipeScriptException($"The file '{call.Groups["path"].Value}' cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>The full path of a file inside the recipe's folder; anything that would leave it is refused.</summary>
    internal static string Resolve(string relativePath, string? basePath)
    {
        if (basePath is null)
        {
            throw new RecipeScriptException(
                $"The file '{relativePath}' cannot be read: this recipe was not loaded from a folder.");
        }

        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath) || relativePath.StartsWith('\\'))
        {
            throw new RecipeScriptException(
                $"The file path '{relativePath}' is refused: it must be relative to the recipe's folder.");
        }

        var root = Path.GetFullPath(basePath);
        var full = Path.GetFullPath(Path.Combine(root, relativePath.Replace('\\', '/')));
        var rootWithSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            throw new RecipeScriptException(
                $"The file path '{relativePath}' is refused: it leads outside the recipe's folder.");
        }

        return full;
    }

    [GeneratedRegex(@"^\s*(?<function>text|base64)\s*\(\s*(?<quote>['""])(?<path>.*?)\k<quote>\s*\)\s*;?\s*$", RegexOptions.Singleline)]
    private static partial Regex CallPattern();
}
