using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Cms.Tests.Cli;

/// <summary>The documented schema of the verbs' <c>--json</c> reports (src/Cms.Web/Cli/verb-report.schema.json), read in place.</summary>
internal static class VerbReportSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(FindFile()), new BuildOptions()));

    /// <summary>
    /// A verb's whole standard output, which must be one JSON object and nothing else, checked against the schema;
    /// the failure lists every violation with where it is.
    /// </summary>
    public static JsonObject Parse(string standardOutput)
    {
        JsonNode? report;
        try
        {
            report = JsonNode.Parse(standardOutput);
        }
        catch (JsonException exception)
        {
            throw new Xunit.Sdk.XunitException($"Standard output is not one JSON object ({exception.Message}):\n{standardOutput}");
        }

        using var document = JsonDocument.Parse(standardOutput);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!results.IsValid)
        {
            var problems = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"));
            throw new Xunit.Sdk.XunitException($"The report does not match the schema:\n{string.Join("\n", problems)}\n{standardOutput}");
        }

        return Assert.IsType<JsonObject>(report);
    }

    private static string FindFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "src", "Cms.Web", "Cli", "verb-report.schema.json");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("src/Cms.Web/Cli/verb-report.schema.json not found above the test's folder.");
    }
}
