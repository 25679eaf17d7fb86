using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.ContentTypes;

/// <summary>Moves settings between a definition's settings JSON and a posted form, by their descriptors.</summary>
public static class SettingsForm
{
    /// <summary>The form field's name of a setting: unique within one settings form.</summary>
    public static string FormName(SettingDescriptor setting) => $"s.{setting.Key}.{setting.Name}";

    /// <summary>The value shown in the form: text, "true"/"false", lines joined by newlines, or a choice's index.</summary>
    public static string Display(JsonObject settings, SettingDescriptor setting)
    {
        var node = SettingsReader.Get(settings, setting.Key, setting.Name);
        return setting.Kind switch
        {
            SettingKind.Flag => (SettingsReader.AsBool(node) ?? setting.DefaultFlag) ? "true" : "false",
            SettingKind.Lines or SettingKind.Types => string.Join('\n', SettingsReader.GetStrings(settings, setting.Key, setting.Name)),
            SettingKind.Choice => ChoiceIndex(SettingsReader.AsString(node), setting).ToString(CultureInfo.InvariantCulture),
            SettingKind.Options => string.Join('\n', (node as JsonArray ?? []).OfType<JsonObject>().Select(o =>
                $"{SettingsReader.AsString(SettingsReader.Find(o, "name"))}|{SettingsReader.AsString(SettingsReader.Find(o, "value"))}" +
                (SettingsReader.AsBool(SettingsReader.Find(o, "default")) == true ? "*" : ""))),
            _ => SettingsReader.AsString(node) ?? "",
        };
    }

    /// <summary>Writes every descriptor's posted value into <paramref name="settings"/>; returns the errors by form name.</summary>
    public static Dictionary<string, string> Apply(JsonObject settings, IEnumerable<SettingDescriptor> descriptors, IFormCollection form)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var setting in descriptors)
        {
            var values = form[FormName(setting)];
            var text = values.LastOrDefault()?.Trim() ?? "";
            var section = settings[setting.Key] as JsonObject ?? [];
            settings[setting.Key] = section;
            switch (setting.Kind)
            {
                case SettingKind.Flag:
                    section[setting.Name] = values.Contains("true");
                    break;
                case SettingKind.WholeNumber or SettingKind.AnyNumber:
                    if (text.Length == 0)
                    {
                        section.Remove(setting.Name);
                    }
                    else if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                        && (setting.Kind == SettingKind.AnyNumber || decimal.IsInteger(number)))
                    {
                        section[setting.Name] = setting.Kind == SettingKind.WholeNumber ? JsonValue.Create((long)number) : JsonValue.Create(number);
                    }
                    else
                    {
                        errors[FormName(setting)] = setting.Kind == SettingKind.WholeNumber ? $"{setting.Label}: enter a whole number." : $"{setting.Label}: enter a number.";
                    }

                    break;
                case SettingKind.Lines:
                    section[setting.Name] = new JsonArray([.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => (JsonNode)v)]);
                    break;
                case SettingKind.Options:
                    section[setting.Name] = new JsonArray([.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseOption)]);
                    break;
                case SettingKind.Types:
                    section[setting.Name] = new JsonArray([.. values.OfType<string>().Where(v => v.Length > 0).Select(v => (JsonNode)v)]);
                    break;
                case SettingKind.Choice:
                    section[setting.Name] = int.TryParse(text, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < setting.Choices.Count ? index : 0;
                    break;
                default:
                    if (text.Length == 0)
                    {
                        section.Remove(setting.Name);
                    }
                    else
                    {
                        section[setting.Name] = text;
                    }

                    break;
            }
        }

        return errors;
    }

    /// <summary>"Name|value*": the name shown, the value stored, and a trailing * for ticked by default.</summary>
    private static JsonNode ParseOption(string line)
    {
        var parts = line.Split('|', 2, StringSplitOptions.TrimEntries);
        var value = parts.Length == 2 ? parts[1] : parts[0];
        var isDefault = value.EndsWith('*');
        value = value.TrimEnd('*').Trim();
        return new JsonObject { ["name"] = parts.Length == 2 ? parts[0] : value, ["value"] = value, ["default"] = isDefault };
    }

    private static int ChoiceIndex(string? stored, SettingDescriptor setting)
    {
        if (stored is null)
        {
            return 0;
        }

        if (int.TryParse(stored, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < setting.Choices.Count)
        {
            return index;
        }

        var byName = setting.Choices.ToList().FindIndex(c => string.Equals(c, stored, StringComparison.OrdinalIgnoreCase));
        return Math.Max(0, byName);
    }
}
