using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Core.Recipes.Steps;

/// <summary>
/// The <c>ContentTypes</c> / <c>ContentParts</c> of a definition step, read case-insensitively and checked
/// completely before anything is applied, so a bad step changes nothing.
/// </summary>
internal sealed class ContentDefinitionPayload
{
    private const string LegacyIndexSettings = "ContentIndexSettings";
    private const string IndexSettings = "LuceneContentIndexSettings";

    private ContentDefinitionPayload(IReadOnlyList<TypeRecord> types, IReadOnlyList<PartRecord> parts)
    {
        Types = types;
        Parts = parts;
    }

    public IReadOnlyList<TypeRecord> Types { get; }

    public IReadOnlyList<PartRecord> Parts { get; }

    /// <exception cref="RecipeStepException">With the path of the culprit inside the step.</exception>
    public static ContentDefinitionPayload Read(JsonObject step) => new(
        Records(step, "ContentTypes", ReadType),
        Records(step, "ContentParts", ReadPart));

    /// <summary>The names listed by a <c>DeleteContentDefinition</c> step (strings, or objects with a Name).</summary>
    public static IReadOnlyList<string> ReadNames(JsonObject step, string key) =>
        Records(step, key, (node, path) => node is JsonObject obj
            ? RequiredName(obj, path, $"An entry of '{key}' has no Name.")
            : SettingsReader.AsString(node) is { Length: > 0 } name
                ? name
                : throw new RecipeStepException($"An entry of '{key}' is not a name.", path));

    private static TypeRecord ReadType(JsonNode? node, string path)
    {
        var type = AsObject(node, path, "A content type");
        var name = RequiredName(type, path, "A content type has no Name.");
        var parts = Records(type, "ContentTypePartDefinitionRecords", (partNode, partPath) =>
        {
            var part = AsObject(partNode, partPath, "A content type part");
            var partName = SettingsReader.AsString(SettingsReader.Find(part, "PartName"));
            if (string.IsNullOrEmpty(partName))
            {
                throw new RecipeStepException(
                    $"Unable to add content-part to the '{name}' content-type. The part name cannot be null or empty.",
                    partPath);
            }

            // Name is the part's name inside the type; a recipe that leaves it out means the unnamed part.
            var partNameInType = SettingsReader.AsString(SettingsReader.Find(part, "Name")) is { Length: > 0 } n ? n : partName;
            return new TypePartRecord(partName, partNameInType, Settings(part, partPath, renameLegacy: true));
        }, path);

        return new TypeRecord(
            name, SettingsReader.AsString(SettingsReader.Find(type, "DisplayName")), Settings(type, path, renameLegacy: false), parts);
    }

    private static PartRecord ReadPart(JsonNode? node, string path)
    {
        var part = AsObject(node, path, "A content part");
        var name = RequiredName(part, path, "A content part has no Name.");
        var fields = Records(part, "ContentPartFieldDefinitionRecords", (fieldNode, fieldPath) =>
        {
            var field = AsObject(fieldNode, fieldPath, "A content field");
            var fieldName = SettingsReader.AsString(SettingsReader.Find(field, "Name"));
            if (string.IsNullOrEmpty(fieldName))
            {
                throw new RecipeStepException(
                    $"Unable to add a field to the '{name}' content-part. The field name cannot be null or empty.", fieldPath);
            }

            var fieldType = SettingsReader.AsString(SettingsReader.Find(field, "FieldName"));
            if (string.IsNullOrEmpty(fieldType))
            {
                throw new RecipeStepException(
                    $"Unable to add the field '{fieldName}' to the '{name}' content-part. The field type (FieldName) cannot be null or empty.",
                    fieldPath);
            }

            return new FieldRecord(fieldType, fieldName, Settings(field, fieldPath, renameLegacy: true));
        }, path);

        return new PartRecord(name, Settings(part, path, renameLegacy: false), fields);
    }

    private static List<T> Records<T>(JsonObject owner, string key, Func<JsonNode?, string, T> read, string? ownerPath = null)
    {
        var actualKey = owner.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) ?? key;
        var path = ownerPath is null ? actualKey : RecipeJsonPath.Property(ownerPath, actualKey);
        return SettingsReader.Find(owner, key) switch
        {
            null => [],
            JsonArray array => array.Select((node, index) => read(node, RecipeJsonPath.Index(path, index))).ToList(),
            _ => throw new RecipeStepException($"'{actualKey}' must be a JSON array.", path),
        };
    }

    private static JsonObject AsObject(JsonNode? node, string path, string what) =>
        node as JsonObject ?? throw new RecipeStepException($"{what} must be a JSON object.", path);

    private static string RequiredName(JsonObject obj, string path, string message) =>
        SettingsReader.AsString(SettingsReader.Find(obj, "Name")) is { Length: > 0 } name
            ? name
            : throw new RecipeStepException(message, path);

    private static JsonObject Settings(JsonObject owner, string path, bool renameLegacy)
    {
        var settings = SettingsReader.Find(owner, "Settings") switch
        {
            null => [],
            JsonObject obj => (JsonObject)obj.DeepClone(),
            _ => throw new RecipeStepException("'Settings' must be a JSON object.", RecipeJsonPath.Property(path, "Settings")),
        };

        // Orchard renames the pre-Lucene-module key before these steps run; the current key wins if both are present.
        if (renameLegacy && settings.TryGetPropertyValue(LegacyIndexSettings, out var legacy))
        {
            settings.Remove(LegacyIndexSettings);
            if (!settings.ContainsKey(IndexSettings))
            {
                settings[IndexSettings] = legacy;
            }
        }

        return settings;
    }

    internal sealed record TypeRecord(string Name, string? DisplayName, JsonObject Settings, IReadOnlyList<TypePartRecord> Parts);

    internal sealed record TypePartRecord(string PartName, string Name, JsonObject Settings);

    internal sealed record PartRecord(string Name, JsonObject Settings, IReadOnlyList<FieldRecord> Fields);

    internal sealed record FieldRecord(string FieldName, string Name, JsonObject Settings);
}
