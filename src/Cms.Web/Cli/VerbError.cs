using System.Text.Json.Nodes;

namespace Cms.Web.Cli;

/// <summary>
/// Why a verb failed, in its report. <see cref="Kind"/> is for scripts: <c>usage</c> (a mistake in the command line or
/// configuration, exit 2), <c>migrationRequired</c> (a read-only verb met an older store), <c>failed</c> (the work itself
/// failed and changed nothing). A recipe's failing step is named twice, for each reader: <see cref="StepNumber"/> counts
/// from 1 as messages do ("step 5 (Content)"), <see cref="JsonPath"/> indexes from 0 as JSON does (<c>$.steps[4]</c>).
/// </summary>
internal sealed record VerbError(string Kind, string Message)
{
    public const string Usage = "usage";
    public const string MigrationRequired = "migrationRequired";
    public const string Failed = "failed";

    public int? StepNumber { get; init; }

    public string? StepName { get; init; }

    public string? JsonPath { get; init; }

    /// <summary>More problems than the message's first, one per entry (every conflicting item, every manifest entry).</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    public JsonObject ToJson() => new()
    {
        ["kind"] = Kind,
        ["message"] = Message,
        ["stepNumber"] = StepNumber,
        ["stepName"] = StepName,
        ["jsonPath"] = JsonPath,
        ["details"] = new JsonArray([.. Details.Select(d => (JsonNode)d)]),
    };
}
