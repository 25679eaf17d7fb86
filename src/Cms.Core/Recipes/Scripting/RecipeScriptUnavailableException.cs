namespace Cms.Core.Recipes.Scripting;

/// <summary>
/// A script called an Orchard scripting function whose module this CMS does not have. Outside strict runs the
/// evaluator keeps the expression's text and reports it; a strict run fails naming the function.
/// </summary>
internal sealed class RecipeScriptUnavailableException : Exception
{
    public RecipeScriptUnavailableException(string function, string module)
        : base($"{function}() belongs to {module}, which this CMS does not have.")
    {
        Function = function;
        Module = module;
    }

    public string Function { get; }

    public string Module { get; }
}
