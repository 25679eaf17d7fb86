using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>One part of an item in the editor: its own editor (if the kind has one) then its fields.</summary>
public sealed record PartEditorModel(
    string Name, ContentTypePartDefinition TypePart, JsonObject Value, string Label, string? Partial,
    IReadOnlyList<FieldEditorModel> Fields, ContentEditorModel Item)
{
    /// <summary>Shown under the part (ContentTypePartSettings.Description).</summary>
    public string? Hint { get; init; }

    /// <summary>The part is one input labelled <see cref="Label"/>, shown without a group heading that would repeat it.</summary>
    public bool SingleInput { get; init; }

    public string? Text(string property) => Value[property]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)Value[property] : Value[property]?.ToJsonString();

    public string? Setting(string settingsKey, string property) => SettingsReader.GetString(TypePart.Settings, settingsKey, property);

    public bool SettingFlag(string settingsKey, string property) => SettingsReader.GetBool(TypePart.Settings, settingsKey, property);

    public IReadOnlyList<string> SettingList(string settingsKey, string property) => SettingsReader.GetStrings(TypePart.Settings, settingsKey, property);

    public IReadOnlyList<string> Errors(string property) => Item.ErrorsFor($"{Name}.{property}");
}
