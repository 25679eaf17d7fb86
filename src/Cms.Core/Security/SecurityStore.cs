using System.Text.Json;
using Cms.Core.Definitions;
using Cms.Core.Storage;

namespace Cms.Core.Security;

/// <summary>
/// Users and roles in the document store, and the authorization service kept in step with the stored
/// roles and definitions (by their versions, so every node converges). Roles are one document; each
/// user is a document with a row in the user index.
/// </summary>
public sealed class SecurityStore
{
    public const string RolesKey = "default";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly DocumentStore _store;
    private readonly ContentDefinitionStore _definitions;
    private readonly CmsAuthorizationService _authorization;

    public SecurityStore(DocumentStore store, ContentDefinitionStore definitions, CmsAuthorizationService authorization)
    {
        _store = store;
        _definitions = definitions;
        _authorization = authorization;
    }

    /// <summary>The authorization service, refreshed when roles or definitions changed in the store.</summary>
    public async Task<CmsAuthorizationService> GetAuthorizationAsync(CancellationToken cancellationToken)
    {
        var definitions = await _definitions.GetAsync(cancellationToken);
        await using var session = await _store.OpenReadSessionAsync(cancellationToken);
        var rolesVersion = await session.GetDocumentVersionAsync(DocumentTypes.Role, RolesKey, cancellationToken);
        var rolesStamp = rolesVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var definitionsStamp = definitions.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!_authorization.IsCurrent(rolesStamp, definitionsStamp))
        {
            var roles = await LoadRolesAsync(session, cancellationToken);
            _authorization.Update(roles, rolesStamp, definitions.Document, definitionsStamp);
        }

        return _authorization;
    }

    public static async Task<IReadOnlyList<RoleRecord>> LoadRolesAsync(SqlSession session, CancellationToken cancellationToken)
    {
        var stored = await session.GetDocumentAsync(DocumentTypes.Role, RolesKey, cancellationToken);
        var roles = stored is null ? [] : JsonSerializer.Deserialize<List<RoleRecord>>(stored.Content, JsonOptions) ?? [];
        foreach (var system in SystemRoles.All)
        {
            if (!roles.Exists(r => SystemRoles.NameComparer.Equals(r.Name, system)))
            {
                roles.Add(new RoleRecord { Name = system, Permissions = [.. RoleStereotypes.DefaultPermissions(system)] });
            }
        }

        return roles;
    }

    public static Task SaveRolesAsync(WriteSession session, IEnumerable<RoleRecord> roles, CancellationToken cancellationToken) =>
        session.PutDocumentAsync(DocumentTypes.Role, RolesKey, RolesJson(roles), cancellationToken);

    /// <summary>The stored form of a role set: permissions in name order, so equal sets serialise equally.</summary>
    public static string RolesJson(IEnumerable<RoleRecord> roles) => JsonSerializer.Serialize(
        roles.Select(r => new RoleRecord
        {
            Name = r.Name,
            Description = r.Description,
            Permissions = r.Permissions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        }).ToList(),
        JsonOptions);

    public static async Task<UserRecord?> FindUserByNameAsync(SqlSession session, string userNameOrEmail, CancellationToken cancellationToken)
    {
        var key = UserRecord.NormalizeKey(userNameOrEmail);
        var json = await UserIndexLookups.FindUserJsonAsync(session, key, cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<UserRecord>(json, JsonOptions);
    }

    public static async Task<UserRecord?> FindUserByIdAsync(SqlSession session, string userId, CancellationToken cancellationToken)
    {
        var stored = await session.GetDocumentAsync(DocumentTypes.User, userId, cancellationToken);
        return stored is null ? null : JsonSerializer.Deserialize<UserRecord>(stored.Content, JsonOptions);
    }

    public static async Task<IReadOnlyList<UserRecord>> ListUsersAsync(SqlSession session, CancellationToken cancellationToken)
    {
        var documents = await session.GetDocumentsAsync(DocumentTypes.User, cancellationToken);
        return documents.Select(d => JsonSerializer.Deserialize<UserRecord>(d.Content, JsonOptions)!).ToList();
    }

    /// <summary>Creates or replaces a user (by UserId); user names and e-mails stay unique.</summary>
    public static async Task SaveUserAsync(WriteSession session, UserRecord user, CancellationToken cancellationToken)
    {
        user.NormalizedUserName = UserRecord.NormalizeKey(user.UserName) ?? "";
        user.NormalizedEmail = string.IsNullOrEmpty(user.Email) ? null : UserRecord.NormalizeKey(user.Email);
        if (await UserIndexLookups.UserNameTakenAsync(session, user.NormalizedUserName, user.UserId, cancellationToken))
        {
            throw new UserConflictException($"The user name '{user.UserName}' is already taken.");
        }

        var json = JsonSerializer.Serialize(user, JsonOptions);
        var existing = await session.GetDocumentAsync(DocumentTypes.User, user.UserId, cancellationToken);
        long documentId;
        if (existing is null)
        {
            documentId = (await session.InsertDocumentAsync(DocumentTypes.User, user.UserId, json, cancellationToken)).Id;
        }
        else
        {
            await session.UpdateDocumentAsync(existing.Id, existing.Version, json, cancellationToken);
            documentId = existing.Id;
        }

        await session.WriteUserIndexRowAsync(documentId, user.UserId, user.NormalizedUserName, user.NormalizedEmail, cancellationToken);
    }

    /// <summary>Removes a user and its index row; false when there is no such user.</summary>
    public static async Task<bool> DeleteUserAsync(WriteSession session, string userId, CancellationToken cancellationToken)
    {
        if (await session.GetDocumentAsync(DocumentTypes.User, userId, cancellationToken) is not { } stored)
        {
            return false;
        }

        await session.DeleteUserIndexRowAsync(stored.Id, cancellationToken);
        await session.DeleteDocumentAsync(stored.Id, cancellationToken);
        return true;
    }
}
