using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Core.Recipes;

/// <summary>
/// Parses Orchard Core recipe files: comments and trailing commas allowed, header names case-insensitive,
/// steps kept as JSON objects for the executor. Every error names the file and where in it.
/// </summary>
public static class RecipeReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static async Task<RecipeDescriptor> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        string json;
        try
        {
            json = await File.ReadAllTextAsync(fullPath, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RecipeFormatException(
                $"{fullPath}: the recipe file cannot be read: {ex.Message}", fullPath, null, innerException: ex);
        }

        return Read(json, fullPath, Path.GetDirectoryName(fullPath));
    }

    /// <param name="json">The recipe text.</param>
    /// <param name="fileName">Used in messages only.</param>
    /// <param name="basePath">The folder relative paths in the recipe resolve against; null disables <c>[file:...]</c>.</param>
    public static RecipeDescriptor Read(string json, string? fileName = null, string? basePath = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var source = fileName ?? "recipe";
        var root = Parse(json.TrimStart('\uFEFF'), source, fileName);
        if (root is not JsonObject header)
        {
            throw new RecipeFormatException(
                $"{source}: a recipe must be a JSON object, not {Describe(root)}.", fileName, "$");
        }

        string Text(string key) => SettingsReader.AsString(SettingsReader.Find(header, key)) ?? "";
        var keys = header.Select(p => p.Key).ToList();
        var variablesKey = keys.Find(k => string.Equals(k, "variables", StringComparison.OrdinalIgnoreCase));
        var stepsKey = keys.Find(k => string.Equals(k, "steps", StringComparison.OrdinalIgnoreCase));

        return new RecipeDescriptor
        {
            Name = Text("name"),
            DisplayName = Text("displayName"),
            Description = Text("description"),
            Author = Text("author"),
            WebSite = Text("website"),
            Version = Text("version"),
            IsSetupRecipe = SettingsReader.AsBool(SettingsReader.Find(header, "issetuprecipe")) ?? false,
            ExportUtc = ReadDate(header, "exportUtc", source, fileName),
            Categories = ReadStrings(SettingsReader.Find(header, "categories")),
            Tags = ReadStrings(SettingsReader.Find(header, "tags")),
            Variables = variablesKey is null ? [] : ReadVariables(header[variablesKey], source, fileName, variablesKey),
            VariablesFollowSteps = variablesKey is not null && stepsKey is not null
                && keys.IndexOf(variablesKey) > keys.IndexOf(stepsKey),
            Steps = stepsKey is null ? [] : ReadSteps(header[stepsKey], source, fileName, stepsKey).ToList(),
            FilePath = fileName,
            BasePath = basePath is null ? null : Path.GetFullPath(basePath),
        };
    }

    private static JsonObject ReadVariables(JsonNode? value, string source, string? fileName, string key) =>
        value as JsonObject ?? throw new RecipeFormatException(
            $"{source}: '{key}' must be a JSON object of name/value pairs, not {Describe(value)}.",
            fileName, RecipeJsonPath.Property("$", key));

    private static JsonNode? Parse(string json, string source, string? fileName)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = CharacterColumn(json, line, ex.BytePositionInLine ?? 0);
            throw new RecipeFormatException(
                $"{source}: invalid JSON at line {line}, column {column}: {Reason(ex)}",
                fileName, ex.Path, line, column, ex);
        }
    }

    private static IEnumerable<RecipeStepDescriptor> ReadSteps(JsonNode? value, string source, string? fileName, string key)
    {
        var stepsPath = RecipeJsonPath.Property("$", key);
        if (value is not JsonArray array)
        {
            throw new RecipeFormatException(
                $"{source}: '{key}' must be a JSON array of steps, not {Describe(value)}.", fileName, stepsPath);
        }

        for (var index = 0; index < array.Count; index++)
        {
            var path = RecipeJsonPath.Index(stepsPath, index);
            if (array[index] is not JsonObject step)
            {
                throw new RecipeFormatException(
                    $"{source}: step {index} ({path}) must be a JSON object, not {Describe(array[index])}.", fileName, path);
            }

            // Orchard reads the discriminator as "name"; "Name" is accepted too rather than silently ignoring the step.
            var nameNode = step["name"] ?? SettingsReader.Find(step, "name");
            if (nameNode is not JsonValue nameValue || !nameValue.TryGetValue<string>(out var stepName)
                || string.IsNullOrWhiteSpace(stepName))
            {
                throw new RecipeFormatException(
                    $"{source}: step {index} ({path}) has no 'name' string saying which step it is.", fileName, path);
            }

            yield return new RecipeStepDescriptor(index, stepName, step);
        }
    }

    private static List<string> ReadStrings(JsonNode? value) =>
        value is JsonArray array ? array.Select(SettingsReader.AsString).OfType<string>().ToList() : [];

    private static DateTime? ReadDate(JsonObject header, string key, string source, string? fileName)
    {
        var text = SettingsReader.AsString(SettingsReader.Find(header, key));
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            return date;
        }

        throw new RecipeFormatException(
            $"{source}: '{key}' is not a date: '{text}'.", fileName, RecipeJsonPath.Property("$", key));
    }

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray => "an array",
        JsonObject => "an object",
        _ => $"a {node.GetValueKind().ToString().ToLowerInvariant()} value",
    };

    /// <summary>The parser's reason without its 0-based position suffix, which would contradict ours.</summary>
    private static string Reason(JsonException ex)
    {
        var message = ex.Message;
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return ex.Path is { Length: > 0 } path ? $"{message.TrimEnd()} (near {path})" : message.TrimEnd();
    }

    /// <summary>The parser counts UTF-8 bytes within the line; people count characters.</summary>
    private static int CharacterColumn(string json, int line, long bytePosition)
    {
        var lines = json.Split('\n');
        if (line < 1 || line > lines.Length)
        {
            return (int)bytePosition + 1;
        }

        var bytes = Encoding.UTF8.GetBytes(lines[line - 1]);
        var length = (int)Math.Min(bytePosition, bytes.Length);
        return Encoding.UTF8.GetCharCount(bytes, 0, length) + 1;
    }
}
