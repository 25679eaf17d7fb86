using System.Text.Json.Nodes;

namespace Cms.Core.Recipes.Scripting;

/// <summary>Evaluates every string value of a step (recursively; property names are left alone) into a copy.</summary>
internal static class RecipeValueEvaluator
{
    /// <exception cref="RecipeScriptException">With <see cref="RecipeScriptException.JsonPath"/> naming the failing string.</exception>
    public static JsonObject EvaluateStep(JsonObject step, string stepPath, RecipeScriptScope scope)
    {
        var copy = (JsonObject)step.DeepClone();
        EvaluateObject(copy, stepPath, scope);
        return copy;
    }

    /// <summary>Evaluates the strings of an object or array the caller owns, in place (no copy).</summary>
    /// <exception cref="RecipeScriptException">With <see cref="RecipeScriptException.JsonPath"/> naming the failing string.</exception>
    public static void EvaluateInPlace(JsonNode node, string path, RecipeScriptScope scope) => Evaluate(node, path, scope);

    private static void EvaluateObject(JsonObject obj, string path, RecipeScriptScope scope)
    {
        foreach (var key in obj.Select(p => p.Key).ToList())
        {
            var childPath = RecipeJsonPath.Property(path, key);
            if (Evaluate(obj[key], childPath, scope) is { } replacement)
            {
                obj[key] = replacement;
            }
        }
    }

    private static void EvaluateArray(JsonArray array, string path, RecipeScriptScope scope)
    {
        for (var index = 0; index < array.Count; index++)
        {
            if (Evaluate(array[index], RecipeJsonPath.Index(path, index), scope) is { } replacement)
            {
                array[index] = replacement;
            }
        }
    }

    /// <summary>A new node when a string was evaluated to something else; null when nothing changes at this level.</summary>
    private static JsonValue? Evaluate(JsonNode? node, string path, RecipeScriptScope scope)
    {
        switch (node)
        {
            case JsonObject child:
                EvaluateObject(child, path, scope);
                return null;
            case JsonArray child:
                EvaluateArray(child, path, scope);
                return null;
            case JsonValue value when value.TryGetValue<string>(out var text) && RecipeScriptScope.IsScriptExpression(text):
                return JsonValue.Create(EvaluateAt(text, path, scope));
            default:
                return null;
        }
    }

    private static string EvaluateAt(string text, string path, RecipeScriptScope scope)
    {
        try
        {
            return scope.EvaluateString(text);
        }
        catch (RecipeScriptException ex) when (ex.JsonPath is null)
        {
            throw new RecipeScriptException(ex.Message, path, ex);
        }
        catch (RecipeScriptUnavailableException ex) when (!scope.Environment.Strict)
        {
            // Orchard's own setup recipes call workflow and query functions; the rest of the recipe still sets up. The
            // text is kept without its brackets, as Orchard keeps a directive it has no engine for, so an export of the
            // site does not run it again on import.
            scope.AddUnevaluated(new RecipeUnevaluatedScript(path, text, ex.Function, ex.Module));
            return text.Trim('[', ']');
        }
        catch (RecipeScriptUnavailableException ex)
        {
            throw new RecipeScriptException(
                $"The script '{RecipeScriptScope.Shorten(text)}' calls {ex.Message} Strict runs stop here; without strict the value is kept as text and reported.",
                path, ex);
        }
    }
}
