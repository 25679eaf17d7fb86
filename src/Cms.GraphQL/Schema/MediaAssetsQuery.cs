using Cms.Core.Media;
using Cms.Core.Security;
using Cms.GraphQL.Execution;
using Cms.GraphQL.Limits;
using GraphQL;
using GraphQL.Types;

namespace Cms.GraphQL.Schema;

/// <summary>
/// <c>mediaAssets(path, includeSubDirectories)</c>: files of the media folder (Orchard's MediaAsset shape).
/// Needs ViewMediaContent (Orchard's name; Orchard itself asks only for ExecuteGraphQL here). A path outside the
/// media folder is an error naming the argument; a folder that does not exist lists nothing.
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
        return FieldPermissionRule.Require(new FieldType
        {
            Name = "mediaAssets",
            Description = "Media assets",
            ResolvedType = new ListGraphType(asset),
            Arguments = new QueryArguments(
                new QueryArgument(context.String) { Name = "path", Description = "Media path", DefaultValue = "" },
                new QueryArgument(context.Boolean) { Name = "includeSubDirectories", Description = "Whether to list sub-folders too", DefaultValue = false }),
            Resolver = DelegateResolver.Async(async resolve => await ListAsync(
                GraphQLRequestContext.From(resolve), resolve.GetArgument("path", "") ?? "", resolve.GetArgument("includeSubDirectories", false), resolve.CancellationToken)),
        }, PermissionCatalog.ViewMediaContent.Name);
    }

    private static async Task<List<MediaAsset>> ListAsync(GraphQLRequestContext request, string path, bool recursive, CancellationToken cancellationToken)
    {
        if (request.Media is not { } media)
        {
            return [];
        }

        IReadOnlyList<MediaEntry> entries;
        try
        {
            entries = await media.ListAsync(path, recursive, "path", cancellationToken);
        }
        catch (MediaException)
        {
            throw new ExecutionError(
                $"The argument 'path' of 'mediaAssets' ('{path}') is not a folder inside the media library: give a relative path without '..'.")
            {
                Code = "ARGUMENT_INPUT_ERROR",
            };
        }

        var baseUrl = request.Options.MediaBaseUrl.TrimEnd('/');
        return entries
            .Where(e => recursive || !e.IsFolder)
            .Select(e => new MediaAsset(e.Name, baseUrl + "/" + e.Path, e.Length, e.LastModifiedUtc))
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
