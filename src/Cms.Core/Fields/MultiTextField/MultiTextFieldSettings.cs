using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Core.Fields.MultiTextField;

/// <summary>Orchard's MultiTextFieldSettings; the values a field may hold are the options' values.</summary>
internal sealed record MultiTextFieldSettings(string? Hint, bool Required, IReadOnlyList<MultiTextFieldOption> Options)
{
    public const string Key = "MultiTextFieldSettings";

    public static MultiTextFieldSettings From(ContentPartFieldDefinition field) => new(
        SettingsReader.GetString(field.Settings, Key, "Hint"),
        SettingsReader.GetBool(field.Settings, Key, "Required"),
        ReadOptions(SettingsReader.Get(field.Settings, Key, "Options")));

    private static List<MultiTextFieldOption> ReadOptions(JsonNode? node) =>
        node is not JsonArray array
            ? []
            : array.OfType<JsonObject>()
                .Select(o => (Name: SettingsReader.AsString(SettingsReader.Find(o, "name")),
                    Value: SettingsReader.AsString(SettingsReader.Find(o, "value")),
                    Default: SettingsReader.AsBool(SettingsReader.Find(o, "default")) ?? false))
                .Where(o => o.Value is not null)
                .Select(o => new MultiTextFieldOption(o.Name ?? o.Value!, o.Value!, o.Default))
                .ToList();
}
