using Cms.Core.Content;
using Cms.Core.Storage;

namespace Cms.Web.Cli;

/// <summary>
/// <c>--on-conflict fail|source|target</c> and <c>--map-owner from=to</c> of <c>recipe run</c>: the pairs are read before
/// the site opens, and each <c>to</c> must name a user of the site before anything runs.
/// </summary>
internal static class ContentImportArguments
{
    public static readonly string[] ConflictModes = ["fail", "source", "target"];

    public static Dictionary<string, string> ParseOwnerMap(IReadOnlyList<string> pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == pair.Length - 1)
            {
                throw new CommandLineException($"--map-owner needs from=to (an imported Owner or Author, then a user of this site), not '{pair}'.");
            }

            if (!map.TryAdd(pair[..equals], pair[(equals + 1)..]))
            {
                throw new CommandLineException($"--map-owner maps '{pair[..equals]}' twice.");
            }
        }

        return map;
    }

    public static ContentConflictMode ParseConflictMode(string? value) => value switch
    {
        null or "fail" => ContentConflictMode.Fail,
        "source" => ContentConflictMode.Source,
        "target" => ContentConflictMode.Target,
        _ => throw new CommandLineException($"--on-conflict must be fail, source or target, not '{value}'."),
    };

    /// <summary>Refuses a mapping to a user the site does not have, as a mistake in the command line.</summary>
    public static async Task CheckUsersExistAsync(DocumentStore store, IReadOnlyDictionary<string, string> ownerMap)
    {
        await using var session = await store.OpenReadSessionAsync(CancellationToken.None);
        try
        {
            await ContentImporter.CheckOwnerMapAsync(session, ownerMap, CancellationToken.None);
        }
        catch (ContentOwnerMapException exception)
        {
            throw new CommandLineException($"--map-owner: {exception.Message}", exception);
        }
    }
}
