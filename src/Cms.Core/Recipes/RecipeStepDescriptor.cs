using System.Text.Json.Nodes;

namespace Cms.Core.Recipes;

/// <summary>One step as written in the recipe file, before its scripted values are evaluated.</summary>
public sealed class RecipeStepDescriptor
{
    public RecipeStepDescriptor(int index, string name, JsonObject data)
    {
        Index = index;
        Name = name;
        Data = data;
    }

    /// <summary>0-based position in the recipe's <c>steps</c> array.</summary>
    public int Index { get; }

    public string Name { get; }

    /// <summary>The whole step object, <c>name</c> included; never modified by execution (each run evaluates a copy).</summary>
    public JsonObject Data { get; }

    /// <summary>Where the step sits in the recipe file, e.g. <c>$.steps[3]</c>.</summary>
    public string JsonPath => $"$.steps[{Index}]";
}
