using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Security;

namespace Cms.Core.Recipes.Steps;

/// <summary>
/// <c>Users</c>: upserts users by UserId with their stored password hash; entries without a UserName are skipped.
/// An entry may instead give a plain <c>Password</c> (our addition): it must pass the password policy and is stored hashed.
/// </summary>
internal sealed class UsersStep : IRecipeStep
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly UserPasswords Passwords = new();

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
            SetPlainPassword(site.PasswordPolicy, user, users[i]!.AsObject(), $"Users[{i}].Password");
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

    private static void SetPlainPassword(PasswordPolicy policy, UserRecord user, JsonObject entry, string path)
    {
        if (!entry.TryGetPropertyValue("Password", out var node) || node is null)
        {
            return;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            throw new RecipeStepException("Password must be a string.", path);
        }

        if (!string.IsNullOrEmpty(user.PasswordHash))
        {
            throw new RecipeStepException("Give either PasswordHash or Password, not both.", path);
        }

        var password = node.GetValue<string>();
        if (policy.Check(password, user.UserName, user.Email) is { } refused)
        {
            throw new RecipeStepException(refused, path);
        }

        Passwords.SetPassword(user, password);
    }
}
