using System.Text.Json.Nodes;

namespace Cms.Core.ContentModel;

/// <summary>Orchard's JSON merge: objects merge property by property, arrays and values are replaced.</summary>
public static class JsonMerge
{
    public static void Into(JsonObject target, JsonObject source)
    {
        foreach (var (name, value) in source)
        {
            if (value is JsonObject sourceObject && target[name] is JsonObject targetObject)
            {
                Into(targetObject, sourceObject);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        }
    }
}
