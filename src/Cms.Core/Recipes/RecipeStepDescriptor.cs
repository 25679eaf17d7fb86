using System.Text.Json.Nodes;

namespace Cms.Core.Recipes;

/// <summary>One step as written in the recipe file, before its scripted values are evaluated.</summary>
public sealed class RecipeStepDescriptor
{
    private JsonObject? _data;

    public RecipeStepDescriptor(int index, string name, JsonObject data)
        : this(index, name, data, null)
    {
    }

    internal RecipeStepDescriptor(int index, string name, JsonObject shell, RecipeDataArray? streamedData)
    {
        Index = index;
        Name = name;
        Shell = shell;
        StreamedData = streamedData;
        _data = streamedData is null ? shell : null;
    }

    /// <summary>0-based position in the recipe's <c>steps</c> array.</summary>
    public int Index { get; }

    public string Name { get; }

    /// <summary>
    /// The whole step object, <c>name</c> included; never modified by execution (each run evaluates a copy). A
    /// streamed <c>data</c> array is read into memory the first time this is asked for.
    /// </summary>
    public JsonObject Data => _data ??= WithStreamedData();

    /// <summary>Where the step sits in the recipe file, e.g. <c>$.steps[3]</c>.</summary>
    public string JsonPath => $"$.steps[{Index}]";

    /// <summary>The step as parsed: a streamed <c>data</c> array appears in it as <c>[]</c>.</summary>
    internal JsonObject Shell { get; }

    /// <summary>The step's <c>data</c> array when it is large enough to be read item by item from the source; else null.</summary>
    internal RecipeDataArray? StreamedData { get; }

    private JsonObject WithStreamedData()
    {
        var data = (JsonObject)Shell.DeepClone();
        data["data"] = StreamedData!.ReadAll();
        return data;
    }
}
