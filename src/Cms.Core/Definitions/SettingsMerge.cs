using System.Text.Json.Nodes;

namespace Cms.Core.Definitions;

/// <summary>
/// Orchard's MergeSettings: objects are merged property by property at every depth, anything else
/// (arrays included, and explicit nulls) replaces what was there.
/// </summary>
internal static class SettingsMerge
{
    public static void Into(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            if (value is JsonObject sourceChild && target[key] is JsonObject targetChild)
            {
                Into(targetChild, sourceChild);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
