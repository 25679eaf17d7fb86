using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Definitions;
using Cms.Core.Security;

namespace Cms.Core.Recipes.Steps;

/// <summary><c>Roles</c>: creates or updates roles by name with Replace/Add/Remove behaviours.</summary>
internal sealed class RolesStep : IRecipeStep
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public string Name => "Roles";

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var site = context.RequireSite();
        if (SettingsReader.Find(context.Step, "Roles") is not JsonArray roles)
        {
            throw new RecipeStepException("The Roles step needs a 'Roles' array.", "Roles");
        }

        var entries = new List<RoleRecipeEntry>();
        for (var i = 0; i < roles.Count; i++)
        {
            try
            {
                entries.Add(roles[i].Deserialize<RoleRecipeEntry>(JsonOptions)
                    ?? throw new RecipeStepException("A role entry must be an object.", $"Roles[{i}]"));
            }
            catch (JsonException exception)
            {
                throw new RecipeStepException($"Role entry {i} is malformed: {exception.Message}", $"Roles[{i}]", exception);
            }
        }

        try
        {
            site.Roles = RoleUpdater.Apply(site.Roles, entries);
        }
        catch (RoleRecipeException exception)
        {
            var index = entries.FindIndex(e => exception.Message.Contains($"'{e.Name}'", StringComparison.Ordinal));
            throw new RecipeStepException(exception.Message, index < 0 ? "Roles" : $"Roles[{index}].{exception.Property}", exception);
        }

        context.AddCount("roles", entries.Count);
        return Task.CompletedTask;
    }
}
