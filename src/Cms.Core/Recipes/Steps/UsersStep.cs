using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Security;

namespace Cms.Core.Recipes.Steps;

/// <summary><c>Users</c>: upserts users by UserId with their stored password hash; entries without a UserName are skipped.</summary>
internal sealed class UsersStep : IRecipeStep
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public string Name => "Users";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var site = context.RequireSite();
        if (SettingsReader.Find(context.Step, "Users") is not JsonArray users)
        {
            throw new RecipeStepException("The Users step needs a 'Users' array.", "Users");
        }

        var saved = 0;
        for (var i = 0; i < users.Count; i++)
        {
            UserRecord? user;
            try
            {
                user = users[i].Deserialize<UserRecord>(JsonOptions);
            }
            catch (JsonException exception)
            {
                throw new RecipeStepException($"User entry {i} is malformed: {exception.Message}", $"Users[{i}]", exception);
            }

            if (user is null || string.IsNullOrWhiteSpace(user.UserName))
            {
                continue;
            }

            user.UserId = string.IsNullOrEmpty(user.UserId) ? IdGenerator.NewId() : user.UserId;
            try
            {
                await SecurityStore.SaveUserAsync(site.Content.Storage, user, cancellationToken);
            }
            catch (UserConflictException exception)
            {
                throw new RecipeStepException(exception.Message, $"Users[{i}].UserName", exception);
            }

            saved++;
        }

        context.AddCount("users", saved);
    }
}
