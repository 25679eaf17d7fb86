namespace Cms.Core.Storage;

/// <summary>The user index's questions: a user by normalized name or e-mail, and whether another user holds a name.</summary>
internal static class UserIndexLookups
{
    /// <summary>
    /// The stored JSON of the user whose normalized name or e-mail is <paramref name="key"/>; a name match wins over an
    /// e-mail match (one user's name may be another's e-mail). Null when there is none.
    /// </summary>
    public static async Task<string?> FindUserJsonAsync(SqlSession session, string? key, CancellationToken cancellationToken)
    {
        // CASE rather than ordering by a comparison: sorting on a boolean expression is not portable SQL.
        var rows = await session.RowsAsync(
            $"SELECT d.Content FROM {Tables.UserIndex} u JOIN {Tables.Documents} d ON d.Id = u.DocumentId " +
            "WHERE u.NormalizedUserName = @key OR u.NormalizedEmail = @key " +
            "ORDER BY CASE WHEN u.NormalizedUserName = @key THEN 0 ELSE 1 END LIMIT 1",
            [("@key", key)], cancellationToken);
        return rows.Count == 0 ? null : (string)rows[0][0]!;
    }

    /// <summary>Whether a user other than <paramref name="userId"/> has this normalized user name.</summary>
    public static async Task<bool> UserNameTakenAsync(SqlSession session, string normalizedUserName, string userId, CancellationToken cancellationToken) =>
        await session.ScalarAsync(
            $"SELECT UserId FROM {Tables.UserIndex} WHERE NormalizedUserName = @name AND UserId <> @id",
            [("@name", normalizedUserName), ("@id", userId)], cancellationToken) is string;
}
