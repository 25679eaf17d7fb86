namespace Cms.Core.Definitions;

/// <summary>
/// One setting a part or field kind stores (<see cref="Key"/>.<see cref="Name"/> in a definition's settings,
/// Orchard's settings class and property) and how the type editor offers it.
/// </summary>
public sealed record SettingDescriptor(string Key, string Name, SettingKind Kind, string Label)
{
    /// <summary>The value when the setting is absent (flags that Orchard defaults to true).</summary>
    public bool DefaultFlag { get; init; }

    public IReadOnlyList<string> Choices { get; init; } = [];

    public static SettingDescriptor Hint(string key) => new(key, "Hint", SettingKind.Text, "Hint shown below the field");

    public static SettingDescriptor Required(string key) => new(key, "Required", SettingKind.Flag, "Required");

    public static SettingDescriptor Text(string key, string name, string label) => new(key, name, SettingKind.Text, label);

    public static SettingDescriptor Flag(string key, string name, string label, bool defaultValue = false) =>
        new(key, name, SettingKind.Flag, label) { DefaultFlag = defaultValue };
}
