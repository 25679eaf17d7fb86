using Cms.GraphQL.Limits;
using GraphQL;
using GraphQL.Types;

namespace Cms.GraphQL.Schema;

/// <summary>
/// <c>mediaAssets(path, includeSubDirectories)</c>: files of the media folder (Orchard's MediaAsset shape).
/// Paths are confined to the media folder; anything outside it lists nothing.
/// </summary>
internal static class MediaAssetsQuery
{
    public static FieldType Field(SchemaBuildContext context)
    {
        var asset = new ObjectGraphType { Name = "MediaAsset" };
        asset.AddField(Member("name", new NonNullGraphType(context.String), a => a.Name));
        asset.AddField(Member("path", context.String, a => a.Url));
        asset.AddField(Member("length", new NonNullGraphType(context.Long), a => a.Length));
        asset.AddField(Member("lastModifiedUtc", context.DateTime, a => a.LastModifiedUtc));
        return new FieldType
        {
            Name = "mediaAssets",
            Description = "Media assets",
            ResolvedType = new ListGraphType(asset),
            Arguments = new QueryArguments(
                new QueryArgument(context.String) { Name = "path", Description = "Media path", DefaultValue = "" },
                new QueryArgument(context.Boolean) { Name = "includeSubDirectories", Description = "Whether to list sub-folders too", DefaultValue = false }),
            Resolver = DelegateResolver.Sync(resolve =>
                List(context.Options, resolve.GetArgument("path", "") ?? "", resolve.GetArgument("includeSubDirectories", false))),
        };
    }

    private static List<MediaAsset> List(GraphQLOptions options, string path, bool recursive)
    {
        if (string.IsNullOrEmpty(options.MediaRoot) || !Directory.Exists(options.MediaRoot))
        {
            return [];
        }

        var root = Path.GetFullPath(options.MediaRoot);
        var folder = Path.GetFullPath(Path.Combine(root, path.TrimStart('/', '\\')));
        if (!folder.StartsWith(root, StringComparison.Ordinal) || !Directory.Exists(folder))
        {
            return [];
        }

        var baseUrl = options.MediaBaseUrl.TrimEnd('/');
        var entries = recursive
            ? new DirectoryInfo(folder).EnumerateFileSystemInfos("*", SearchOption.AllDirectories)
            : new DirectoryInfo(folder).EnumerateFiles();
        return entries
            .Select(e => new MediaAsset(e.Name, baseUrl + "/" + Path.GetRelativePath(root, e.FullName).Replace('\\', '/'),
                e is FileInfo file ? file.Length : 0, e.LastWriteTimeUtc))
            .OrderBy(a => a.Url, StringComparer.Ordinal)
            .ToList();
    }

    private static FieldType Member(string name, IGraphType type, Func<MediaAsset, object?> read) => new()
    {
        Name = name,
        ResolvedType = type,
        Resolver = DelegateResolver.Sync(context => context.Source is MediaAsset asset ? read(asset) : null),
    };

    private sealed record MediaAsset(string Name, string Url, long Length, DateTime LastModifiedUtc);
}
