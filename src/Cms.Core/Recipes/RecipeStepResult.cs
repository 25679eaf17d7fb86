using System.Text.Json.Serialization;
using Cms.Core.Definitions;
using Cms.Core.Content;

namespace Cms.Core.Recipes;

/// <summary>What one step did: its outcome, counts ("3 types, 5 parts"), messages, time and the inner recipes it queued.</summary>
public sealed class RecipeStepResult
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly List<string> messages = [];
    private readonly List<RecipeResult> innerRecipes = [];

    internal RecipeStepResult(int index, string name)
    {
        Index = index;
        Name = name;
    }

    /// <summary>0-based, as in the step's JSON path <c>$.steps[Index]</c>.</summary>
    public int Index { get; }

    /// <summary>1-based, as messages count steps ("step 5 (Content)").</summary>
    public int Number => RecipeStepNumber.FromIndex(Index);

    public string Name { get; }

    [JsonConverter(typeof(JsonStringEnumConverter<RecipeStepOutcome>))]
    public RecipeStepOutcome Outcome { get; internal set; }

    /// <summary>Things the step created or changed, by label, in the order they were first counted.</summary>
    public IReadOnlyDictionary<string, int> Counts => counts;

    /// <summary>The counts as people read them, e.g. "3 types, 5 parts".</summary>
    public string Summary => string.Join(", ", counts.Select(c => $"{c.Value} {c.Key}"));

    public IReadOnlyList<string> Messages => messages;

    [JsonIgnore]
    public TimeSpan Duration { get; internal set; }

    public double DurationMilliseconds => Math.Round(Duration.TotalMilliseconds, 3);

    public IReadOnlyList<RecipeResult> InnerRecipes => innerRecipes;

    /// <summary>What the step changed in the definitions, with the stored items each change touches.</summary>
    public IReadOnlyList<ContentDefinitionChange> DefinitionChanges { get; internal set; } = [];

    /// <summary>Content items modified on the site after their imported copy (Content step); null when there were none.</summary>
    public IReadOnlyList<ContentImportConflict>? Conflicts { get; internal set; }

    /// <summary>Imported owners that name no user of the site, kept as written (Content step); null when there were none.</summary>
    public IReadOnlyList<ContentUnknownOwner>? UnknownOwners { get; internal set; }

    /// <summary>Scripted values kept as text because they call functions of modules we do not have; null when none.</summary>
    public IReadOnlyList<RecipeUnevaluatedScript>? UnevaluatedScripts { get; internal set; }

    internal void AddCount(string label, int count) =>
        counts[label] = counts.GetValueOrDefault(label) + count;

    internal void AddMessage(string message) => messages.Add(message);

    internal void AddInnerRecipe(RecipeResult result) => innerRecipes.Add(result);
}
