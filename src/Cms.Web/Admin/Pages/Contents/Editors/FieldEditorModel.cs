using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>One field in the editor: <see cref="Name"/> is its form prefix ("Article.Subtitle"), inputs add ".Text", ".Value"...</summary>
public sealed record FieldEditorModel(string Name, ContentPartFieldDefinition Field, JsonObject Value, string? Partial, ContentEditorModel Item)
{
    public string Id(string property) => $"{Name}.{property}".Replace('.', '_');

    public string Label => Field.DisplayName;

    public string? Text(string property) => Value[property] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => (string?)v,
        var other => other.ToJsonString(),
    };

    public IReadOnlyList<string> Strings(string property) =>
        Value[property] is JsonArray array ? array.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? (string)v! : "").ToList() : [];

    public string? Setting(string property) => SettingsReader.GetString(Field.Settings, $"{Field.FieldName}Settings", property);

    public bool Flag(string property) => SettingsReader.GetBool(Field.Settings, $"{Field.FieldName}Settings", property);

    public IReadOnlyList<string> SettingList(string property) => SettingsReader.GetStrings(Field.Settings, $"{Field.FieldName}Settings", property);

    /// <summary>The field's editor option (ContentPartFieldSettings.Editor), e.g. "TextArea".</summary>
    public string? Editor => SettingsReader.GetString(Field.Settings, "ContentPartFieldSettings", "Editor");

    public string? Hint => Setting("Hint");

    public bool Required => Flag("Required");

    public IReadOnlyList<string> Errors => Item.ErrorsFor(Name);
}
