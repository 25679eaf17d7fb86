using System.Text.Json.Nodes;

namespace Cms.Core.Recipes.Scripting;

/// <summary>
/// The scripting state of one recipe run: the engines, the recipe's variables (evaluated on first use and
/// cached, so a <c>uuid()</c> variable is the same in every step) and the environment.
/// </summary>
internal sealed class RecipeScriptScope
{
    // A script may return another [prefix:...] expression; a chain this long is a loop, not a recipe.
    private const int MaxExpansions = 32;

    private readonly Dictionary<string, IRecipeScriptEngine> engines;
    private readonly Dictionary<string, JsonNode?> variableValues = new(StringComparer.Ordinal);
    private readonly List<string> variablesBeingEvaluated = [];
    private readonly List<RecipeUnevaluatedScript> unevaluated = [];
    private readonly List<string> notes = [];

    public RecipeScriptScope(
        IEnumerable<IRecipeScriptEngine> engines, RecipeDescriptor recipe, RecipeEnvironment environment,
        CancellationToken cancellationToken)
    {
        this.engines = engines.ToDictionary(e => e.Prefix, StringComparer.Ordinal);
        Recipe = recipe;
        Environment = environment;
        CancellationToken = cancellationToken;
    }

    public RecipeDescriptor Recipe { get; }

    public RecipeEnvironment Environment { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Orchard's rule: a string that starts with '[' and ends with ']' and whose text between '[' and the first
    /// ':' is all letters is a script; it is replaced by its result, again while the result is itself a script.
    /// Anything else is returned unchanged.
    /// </summary>
    public string EvaluateString(string value)
    {
        var expansions = 0;
        while (IsScriptExpression(value))
        {
            if (++expansions > MaxExpansions)
            {
                throw new RecipeScriptException(
                    $"The scripted value kept producing new expressions ({MaxExpansions} in a row); last: '{Shorten(value)}'.");
            }

            // Orchard trims every leading and trailing bracket, not just one pair; kept for compatibility.
            value = EvaluateDirective(value.Trim('[', ']'));
        }

        return value;
    }

    public static bool IsScriptExpression(string value)
    {
        if (value.Length < 2 || value[0] != '[' || value[^1] != ']')
        {
            return false;
        }

        var separator = value.IndexOf(':', StringComparison.Ordinal);

        // An empty prefix ("[:x]") passes, as it does in Orchard; it then matches no engine and stays as text.
        return separator > 0 && value.AsSpan(1, separator - 1).ToString().All(char.IsLetter);
    }

    /// <summary>The value of a root variable, evaluated the first time it is asked for.</summary>
    public JsonNode? GetVariable(string name)
    {
        if (variableValues.TryGetValue(name, out var cached))
        {
            return cached?.DeepClone();
        }

        // Orchard registers variables() only when it reaches the 'variables' property, so after 'steps' they are unseen.
        if (Recipe.VariablesFollowSteps && Recipe.Variables.ContainsKey(name))
        {
            throw new RecipeScriptException(
                $"The variable '{name}' was used in the recipe, but the 'variables' section comes after 'steps', so the steps cannot see it. Move 'variables' before 'steps'.");
        }

        if (Recipe.VariablesFollowSteps || !Recipe.Variables.TryGetPropertyValue(name, out var raw))
        {
            throw new RecipeScriptException(
                $"The variable '{name}' was used in the recipe but not defined. Make sure you add the '{name}' variable in the 'variables' section of the recipe.");
        }

        if (variablesBeingEvaluated.Contains(name, StringComparer.Ordinal))
        {
            throw new RecipeScriptException(
                $"The variable '{name}' depends on itself: {string.Join(" -> ", variablesBeingEvaluated.Append(name))}.");
        }

        variablesBeingEvaluated.Add(name);
        try
        {
            var value = raw is JsonValue text && text.TryGetValue<string>(out var s)
                ? JsonValue.Create(EvaluateVariable(name, s))
                : raw?.DeepClone();
            variableValues[name] = value;
            return value?.DeepClone();
        }
        finally
        {
            variablesBeingEvaluated.RemoveAt(variablesBeingEvaluated.Count - 1);
        }
    }

    private string EvaluateVariable(string name, string value)
    {
        try
        {
            return EvaluateString(value);
        }
        catch (RecipeScriptException ex) when (!ex.Message.StartsWith("The variable '", StringComparison.Ordinal))
        {
            throw new RecipeScriptException($"The variable '{name}' could not be evaluated: {ex.Message}", ex);
        }
    }

    private string EvaluateDirective(string directive)
    {
        var separator = directive.IndexOf(':', StringComparison.Ordinal);
        if (separator < 0 || !engines.TryGetValue(directive[..separator], out var engine))
        {
            // Unknown prefix: Orchard keeps the directive without its brackets.
            return directive;
        }

        CancellationToken.ThrowIfCancellationRequested();
        return engine.Evaluate(directive[(separator + 1)..], this);
    }

    /// <summary>A value kept as text because its script calls a function we do not have (not in strict runs).</summary>
    public void AddUnevaluated(RecipeUnevaluatedScript script) => unevaluated.Add(script);

    /// <summary>Something a script asked to tell the person running the recipe (Orchard's <c>log()</c>).</summary>
    public void AddNote(string note) => notes.Add(note);

    /// <summary>What was recorded since the last call, for the report of the step that just ran.</summary>
    public (IReadOnlyList<RecipeUnevaluatedScript> Unevaluated, IReadOnlyList<string> Notes) TakeReport()
    {
        var report = ((IReadOnlyList<RecipeUnevaluatedScript>)[.. unevaluated], (IReadOnlyList<string>)[.. notes]);
        unevaluated.Clear();
        notes.Clear();
        return report;
    }

    internal static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
