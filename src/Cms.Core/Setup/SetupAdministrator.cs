using System.Text.Json.Nodes;
using Cms.Core.Definitions;
using Cms.Core.Security;

namespace Cms.Core.Setup;

/// <summary>Finds the administrator among the users a setup recipe brings, before it runs.</summary>
internal static class SetupAdministrator
{
    /// <summary>
    /// The UserId of the entry named <paramref name="userName"/> in the recipe's own Users steps, or null. Only literal
    /// ids count: a scripted id is not known until the step runs, and the run needs the administrator's id up front
    /// (it is the <c>AdminUserId</c> parameter).
    /// </summary>
    public static string? FindInRecipe(Recipes.RecipeDescriptor recipe, string userName)
    {
        var wanted = UserRecord.NormalizeKey(userName);
        foreach (var step in recipe.Steps.Where(s => string.Equals(s.Name, "Users", StringComparison.OrdinalIgnoreCase)))
        {
            if (SettingsReader.Find(step.Data, "Users") is not JsonArray users)
            {
                continue;
            }

            foreach (var entry in users.OfType<JsonObject>())
            {
                if (UserRecord.NormalizeKey(SettingsReader.AsString(SettingsReader.Find(entry, "UserName"))) == wanted
                    && SettingsReader.AsString(SettingsReader.Find(entry, "UserId")) is { Length: > 0 } id
                    && !id.StartsWith('['))
                {
                    return id;
                }
            }
        }

        return null;
    }
}
