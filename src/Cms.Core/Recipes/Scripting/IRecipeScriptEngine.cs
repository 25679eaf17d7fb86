namespace Cms.Core.Recipes.Scripting;

/// <summary>Evaluates the script of one <c>[prefix:script]</c> value; implemented for <c>js</c> and <c>file</c>.</summary>
internal interface IRecipeScriptEngine
{
    /// <summary>The prefix before the colon, matched ordinally as Orchard does (<c>[JS: 1]</c> is not JavaScript).</summary>
    string Prefix { get; }

    /// <summary>The result as the string that replaces the value in the step.</summary>
    string Evaluate(string script, RecipeScriptScope scope);
}
