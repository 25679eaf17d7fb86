namespace Cms.Web.Admin.Pages.ContentTypes;

/// <summary>One setting of a part or field kind: where it is stored (<see cref="Key"/>.<see cref="Name"/>) and how it is edited.</summary>
public sealed record SettingDescriptor(string Key, string Name, SettingKind Kind, string Label)
{
    /// <summary>The value when the setting is absent (flags that Orchard defaults to true).</summary>
    public bool DefaultFlag { get; init; }

    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>The form field's name: unique within one settings form.</summary>
    public string FormName => $"s.{Key}.{Name}";
}
