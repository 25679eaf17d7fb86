using System.Globalization;
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

    /// <summary>A large Content step's <c>data</c> array (this many bytes or more) stays in the file and is read item by item.</summary>
    internal const long StreamedDataBytes = 1024 * 1024;

    public static Task<RecipeDescriptor> ReadFileAsync(string path, CancellationToken cancellationToken) =>
        ReadFileAsync(path, StreamedDataBytes, cancellationToken);

    /// <param name="streamedDataBytes">From this size on a step's <c>data</c> array is read item by item when the step runs.</param>
    internal static async Task<RecipeDescriptor> ReadFileAsync(string path, long streamedDataBytes, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath);
        try
        {
            if (RecipeSource.IsWideText(fullPath))
            {
                return Read(await File.ReadAllTextAsync(fullPath, cancellationToken), fullPath, folder);
            }

            // The scan reads the file with a ref struct reader (synchronous), so it runs off the caller's thread.
            return await Task.Run(() => Read(RecipeSource.FromFile(fullPath), fullPath, folder, streamedDataBytes), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RecipeFormatException(
                $"{fullPath}: the recipe file cannot be read: {ex.Message}", fullPath, null, innerException: ex);
        }
    }

    /// <param name="json">The recipe text.</param>
    /// <param name="fileName">Used in messages only.</param>
    /// <param name="basePath">The folder relative paths in the recipe resolve against; null disables <c>[file:...]</c>.</param>
    public static RecipeDescriptor Read(string json, string? fileName = null, string? basePath = null) =>
        Read(json, fileName, basePath, StreamedDataBytes);

    /// <param name="streamedDataBytes">From this size on a step's <c>data</c> array is read item by item when the step runs.</param>
    internal static RecipeDescriptor Read(string json, string? fileName, string? basePath, long streamedDataBytes)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(RecipeSource.FromText(json), fileName, basePath, streamedDataBytes);
    }

    private static RecipeDescriptor Read(RecipeSource recipeSource, string? fileName, string? basePath, long streamedDataBytes)
    {
        var source = fileName ?? "recipe";
        var (shell, arrays) = RecipeScanner.Scan(recipeSource, streamedDataBytes, source, fileName);
        var root = JsonNode.Parse(shell, documentOptions: DocumentOptions);
        if (root is not JsonObject header)
        {
            throw new RecipeFormatException(
                $"{source}: a recipe must be a JSON object, not {Describe(root)}.", fileName, "$");
        }

        string Text(string key) => SettingsReader.AsString(SettingsReader.Find(header, key)) ?? "";
        var keys = header.Select(p => p.Key).ToList();
        var variablesKey = keys.Find(k => string.Equals(k, "variables", StringComparison.OrdinalIgnoreCase));
        var stepsKey = keys.Find(k => string.Equals(k, "steps", StringComparison.OrdinalIgnoreCase));
        var parametersKey = keys.Find(k => string.Equals(k, "parameters", StringComparison.OrdinalIgnoreCase));

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
            Parameters = parametersKey is null ? [] : ReadParameterNames(header[parametersKey], source, fileName, parametersKey),
            Steps = stepsKey is null ? [] : ReadSteps(header[stepsKey], source, fileName, stepsKey, arrays).ToList(),
            FilePath = fileName,
            BasePath = basePath is null ? null : Path.GetFullPath(basePath),
        };
    }

    private static JsonObject ReadVariables(JsonNode? value, string source, string? fileName, string key) =>
        value as JsonObject ?? throw new RecipeFormatException(
            $"{source}: '{key}' must be a JSON object of name/value pairs, not {Describe(value)}.",
            fileName, RecipeJsonPath.Property("$", key));

    private static List<string> ReadParameterNames(JsonNode? value, string source, string? fileName, string key)
    {
        var path = RecipeJsonPath.Property("$", key);
        if (value is not JsonArray array)
        {
            throw new RecipeFormatException(
                $"{source}: '{key}' must be a JSON array of parameter names, not {Describe(value)}.", fileName, path);
        }

        var names = new List<string>();
        for (var index = 0; index < array.Count; index++)
        {
            if (array[index] is not JsonValue item || !item.TryGetValue<string>(out var name) || string.IsNullOrWhiteSpace(name))
            {
                throw new RecipeFormatException(
                    $"{source}: '{key}' item {index} ({RecipeJsonPath.Index(path, index)}) must be a parameter name (a non-empty string), not {Describe(array[index])}.",
                    fileName, RecipeJsonPath.Index(path, index));
            }

            names.Add(name);
        }

        return names;
    }

    private static IEnumerable<RecipeStepDescriptor> ReadSteps(
        JsonNode? value, string source, string? fileName, string key, IReadOnlyDictionary<int, RecipeDataArray> arrays)
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
                    $"{source}: {RecipeStepNumber.Describe(index, null)} ({RecipeStepNumber.DescribePath(path)}) must be a JSON object, not {Describe(array[index])}.", fileName, path);
            }

            // Orchard reads the discriminator as "name"; "Name" is accepted too rather than silently ignoring the step.
            var nameNode = step["name"] ?? SettingsReader.Find(step, "name");
            if (nameNode is not JsonValue nameValue || !nameValue.TryGetValue<string>(out var stepName)
                || string.IsNullOrWhiteSpace(stepName))
            {
                throw new RecipeFormatException(
                    $"{source}: {RecipeStepNumber.Describe(index, null)} ({RecipeStepNumber.DescribePath(path)}) has no 'name' string saying which step it is.", fileName, path);
            }

            yield return new RecipeStepDescriptor(index, stepName, step, arrays.GetValueOrDefault(index));
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
    internal static string Reason(JsonException ex)
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
}
