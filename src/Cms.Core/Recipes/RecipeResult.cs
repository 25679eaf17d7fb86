using System.Text.Json;
using System.Text.Json.Serialization;
using Cms.Core.Definitions;

namespace Cms.Core.Recipes;

/// <summary>The report of one run: every step reached with its outcome, and the error that stopped it, if any.</summary>
public sealed class RecipeResult
{
    private static readonly JsonSerializerOptions ReportOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly JsonSerializerOptions IndentedReportOptions = new(ReportOptions) { WriteIndented = true };

    private readonly List<RecipeStepResult> steps = [];

    internal RecipeResult(string recipeName)
    {
        RecipeName = recipeName;
    }

    public string RecipeName { get; }

    public IReadOnlyList<RecipeStepResult> Steps => steps;

    /// <summary>Steps no handler knows (index and name), reported instead of silently ignored.</summary>
    [JsonIgnore]
    public IReadOnlyList<RecipeStepResult> SkippedSteps => steps.Where(s => s.Outcome == RecipeStepOutcome.Skipped).ToList();

    public RecipeError? Error { get; internal set; }

    /// <summary>
    /// The definition changes of the whole run that leave stored values unreachable, each with the step that made it.
    /// They are compared from the definitions before the run to those after it, so a type deleted and defined again
    /// with the same parts hides nothing.
    /// </summary>
    public IReadOnlyList<ContentDefinitionChange> HiddenData { get; internal set; } = [];

    /// <summary>Items whose stored values <see cref="HiddenData"/> hides, each counted once.</summary>
    public int HiddenItems { get; internal set; }

    /// <summary>The run was a dry run: it executed in a transaction that was rolled back.</summary>
    public bool DryRun { get; internal set; }

    public bool Succeeded => Error is null;

    [JsonIgnore]
    public TimeSpan Duration { get; internal set; }

    public double DurationMilliseconds => Math.Round(Duration.TotalMilliseconds, 3);

    /// <summary>The report as JSON (camelCase) for the HTTP and command-line outputs.</summary>
    public string ToJson(bool indented = false) =>
        JsonSerializer.Serialize(this, indented ? IndentedReportOptions : ReportOptions);

    internal void Add(RecipeStepResult step) => steps.Add(step);
}
