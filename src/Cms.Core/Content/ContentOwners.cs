using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Core.Storage;

namespace Cms.Core.Content;

/// <summary>
/// Owners of imported items on this site: mapped values are replaced (Owner by the user's id, Author by their name);
/// an Owner naming no user here is kept as written and counted, so the operator sees it and can map it. Kept rather
/// than refused: the item reads the same either way, nobody gains access through an id no user has, and the
/// user may still arrive (a later Users step or import brings them, and their items are theirs again).
/// </summary>
internal sealed class ContentOwners
{
    private readonly SqlSession _session;
    private readonly Dictionary<string, UserRecord> _map;
    private readonly Dictionary<string, bool> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _unknown = new(StringComparer.Ordinal);

    private ContentOwners(SqlSession session, Dictionary<string, UserRecord> map)
    {
        _session = session;
        _map = map;
    }

    public IReadOnlyList<ContentUnknownOwner> Unknown =>
        _unknown.Select(u => new ContentUnknownOwner(u.Key, u.Value)).ToList();

    /// <exception cref="ContentOwnerMapException">A mapping names a user this site does not have.</exception>
    public static async Task<ContentOwners> LoadAsync(SqlSession session, IReadOnlyDictionary<string, string> ownerMap,
        CancellationToken cancellationToken) =>
        new(session, await ResolveAsync(session, ownerMap, cancellationToken));

    /// <summary>Each mapping's target user, found by user name or id; checked before an import starts.</summary>
    public static async Task<Dictionary<string, UserRecord>> ResolveAsync(SqlSession session, IReadOnlyDictionary<string, string> ownerMap,
        CancellationToken cancellationToken)
    {
        var resolved = new Dictionary<string, UserRecord>(StringComparer.Ordinal);
        foreach (var (from, to) in ownerMap)
        {
            resolved[from] = await FindUserAsync(session, to, cancellationToken) ?? throw new ContentOwnerMapException(from, to);
        }

        return resolved;
    }

    public async Task ApplyAsync(IEnumerable<ContentItem> items, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            if (item.Owner is { Length: > 0 } owner && _map.TryGetValue(owner, out var ownerUser))
            {
                item.Owner = ownerUser.UserId;
            }
            else if (item.Owner is { Length: > 0 } unmapped && !await IsKnownAsync(unmapped, cancellationToken))
            {
                _unknown[unmapped] = _unknown.GetValueOrDefault(unmapped) + 1;
            }

            if (item.Author is { Length: > 0 } author && _map.TryGetValue(author, out var authorUser))
            {
                item.Author = authorUser.UserName;
            }
        }
    }

    /// <summary>Orchard's Owner is a user id; older recipes write a user name, which names a user just as well.</summary>
    private async Task<bool> IsKnownAsync(string owner, CancellationToken cancellationToken)
    {
        if (!_known.TryGetValue(owner, out var known))
        {
            known = await FindUserAsync(_session, owner, cancellationToken) is not null;
            _known[owner] = known;
        }

        return known;
    }

    private static async Task<UserRecord?> FindUserAsync(SqlSession session, string nameOrId, CancellationToken cancellationToken) =>
        await SecurityStore.FindUserByIdAsync(session, nameOrId, cancellationToken)
        ?? await SecurityStore.FindUserByNameAsync(session, nameOrId, cancellationToken);
}
