using System.Text.Json;
using System.Text.Json.Serialization;

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

    public bool Succeeded => Error is null;

    [JsonIgnore]
    public TimeSpan Duration { get; internal set; }

    public double DurationMilliseconds => Math.Round(Duration.TotalMilliseconds, 3);

    /// <summary>The report as JSON (camelCase) for the HTTP and command-line outputs.</summary>
    public string ToJson(bool indented = false) =>
        JsonSerializer.Serialize(this, indented ? IndentedReportOptions : ReportOptions);

    internal void Add(RecipeStepResult step) => steps.Add(step);
}
