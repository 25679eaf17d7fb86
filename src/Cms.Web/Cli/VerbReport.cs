using System.Text.Json.Nodes;

namespace Cms.Web.Cli;

/// <summary>
/// What a verb did, for scripts: with <c>--json</c> it is the one object printed to standard output when the verb ends
/// (schema: <c>verb-report.schema.json</c> beside this file). Every verb has it through <see cref="VerbContext.Report"/>:
/// the envelope (verb, ok, exit code, data path, migration, messages, error) is filled in for it, and a verb adds what
/// it alone knows to <see cref="Result"/>.
/// </summary>
internal sealed class VerbReport
{
    /// <summary>Bumped when a field changes meaning or goes away; new fields are added without a bump.</summary>
    public const int SchemaVersion = 1;

    private readonly List<string> _messages = [];

    /// <summary>The verb as typed, without options: <c>recipe run</c>, <c>export</c>.</summary>
    public string Verb { get; set; } = "";

    public string? DataPath { get; set; }

    /// <summary>The schema versions of a store this verb migrated (from, to); null when it migrated nothing.</summary>
    public (int From, int To)? Migration { get; set; }

    /// <summary>The verb's own findings (a recipe run's steps, an export's file): its fields are listed per verb in the schema.</summary>
    public JsonObject Result { get; } = [];

    public VerbError? Error { get; set; }

    public IReadOnlyList<string> Messages => _messages;

    public void AddMessage(string message) => _messages.Add(message);

    public JsonObject ToJson(int exitCode)
    {
        var json = new JsonObject
        {
            ["schemaVersion"] = SchemaVersion,
            ["verb"] = Verb,
            ["ok"] = exitCode == 0,
            ["exitCode"] = exitCode,
            ["dataPath"] = DataPath,
            ["migration"] = Migration is { } migration ? new JsonObject { ["from"] = migration.From, ["to"] = migration.To } : null,
            ["messages"] = new JsonArray([.. _messages.Select(m => (JsonNode)m)]),
            ["result"] = Result.DeepClone(),
            ["error"] = Error?.ToJson(),
        };
        return json;
    }
}
