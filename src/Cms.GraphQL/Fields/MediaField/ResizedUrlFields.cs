using System.Globalization;
using Cms.Core.Media;
using Cms.Core.Media.Resizing;
using Cms.GraphQL.Execution;
using Cms.GraphQL.Limits;
using Cms.GraphQL.Schema;
using GraphQL;
using GraphQL.Types;

namespace Cms.GraphQL.Fields.MediaField;

/// <summary>
/// The resize arguments of a media file's <c>url</c> and its <c>srcset</c>: checked by the same rules as /media
/// itself, so every URL given is one the server answers; a refused value is an error naming the argument.
/// </summary>
internal static class ResizedUrlFields
{
    /// <summary>The smallest width <c>srcset</c> offers by default: below it the supported sizes are icons.</summary>
    private const int SmallestDefaultSrcsetWidth = 240;

    public static QueryArguments UrlArguments(SchemaBuildContext context) => new(
        new QueryArgument(context.Int) { Name = "width", Description = "Resize to this width (a supported size or a profile's)" },
        new QueryArgument(context.Int) { Name = "height", Description = "Resize to this height (a supported size or a profile's)" },
        new QueryArgument(context.String) { Name = "mode", Description = "max (default), crop, pad, boxpad, min or stretch" },
        new QueryArgument(context.String) { Name = "format", Description = "jpg, png, gif or webp (default: the file's own)" },
        new QueryArgument(context.Int) { Name = "quality", Description = "1 to 100 (jpg and webp)" },
        new QueryArgument(context.String) { Name = "profile", Description = "A media profile's name" });

    public static QueryArguments SrcsetArguments(SchemaBuildContext context) => new(
        new QueryArgument(new ListGraphType(new NonNullGraphType(context.Int)))
        {
            Name = "widths",
            Description = $"The widths offered (default: the supported sizes from {SmallestDefaultSrcsetWidth} up)",
        },
        new QueryArgument(context.String) { Name = "format", Description = "jpg, png, gif or webp (default: the file's own)" },
        new QueryArgument(context.Int) { Name = "quality", Description = "1 to 100 (jpg and webp)" },
        new QueryArgument(context.String) { Name = "profile", Description = "A media profile's name (its height, mode and format)" });

    /// <summary>The file's URL, with the resize query string when any argument is given.</summary>
    public static async Task<object?> UrlAsync(IResolveFieldContext resolve, string url, GraphQLOptions options)
    {
        var query = Arguments(resolve);
        if (query.Count == 0)
        {
            return url;
        }

        await CheckAsync(resolve, query, options);
        return WithQuery(url, query);
    }

    /// <summary>"url?width=480 480w, url?width=1024 1024w": ready for an <c>img</c>'s <c>srcset</c>.</summary>
    public static async Task<object?> SrcsetAsync(IResolveFieldContext resolve, string url, GraphQLOptions options)
    {
        var media = options.MediaResizing;
        var widths = resolve.GetArgument<List<int>?>("widths")
            ?? media.SupportedSizes.Where(w => w >= SmallestDefaultSrcsetWidth && w <= media.MaxResizeWidth).Order().ToList();
        var entries = new List<string>();
        foreach (var width in widths.Distinct())
        {
            var query = Arguments(resolve);
            query.Insert(0, new("width", width.ToString(CultureInfo.InvariantCulture)));
            await CheckAsync(resolve, query, options);
            entries.Add(string.Create(CultureInfo.InvariantCulture, $"{WithQuery(url, query)} {width}w"));
        }

        return string.Join(", ", entries);
    }

    private static List<KeyValuePair<string, string>> Arguments(IResolveFieldContext resolve)
    {
        var query = new List<KeyValuePair<string, string>>();
        foreach (var (argument, name) in new[] { ("width", "width"), ("height", "height"), ("mode", "rmode"), ("format", "format"), ("quality", "quality"), ("profile", "profile") })
        {
            if (resolve.Arguments?.TryGetValue(argument, out var value) == true && value.Value is { } given)
            {
                query.Add(new(name, Convert.ToString(given, CultureInfo.InvariantCulture)!));
            }
        }

        return query;
    }

    private static async Task CheckAsync(IResolveFieldContext resolve, List<KeyValuePair<string, string>> query, GraphQLOptions options)
    {
        var profiles = new MediaProfilesDocument();
        if (query.Any(q => q.Key == "profile"))
        {
            var session = await GraphQLRequestContext.From(resolve).SessionAsync(resolve.CancellationToken);
            profiles = await MediaProfilesDocument.LoadAsync(session, resolve.CancellationToken);
        }

        try
        {
            ImageResizeParser.Parse(name => query.LastOrDefault(q => q.Key == name).Value, profiles.Find, options.MediaResizing);
        }
        catch (MediaException refused)
        {
            var argument = refused.Field == "rmode" ? "mode" : refused.Field;
            throw new ExecutionError($"The argument '{argument}' of '{resolve.FieldDefinition.Name}' is refused: {refused.Message}")
            {
                Code = "ARGUMENT_INPUT_ERROR",
            };
        }
    }

    private static string WithQuery(string url, List<KeyValuePair<string, string>> query) =>
        url + "?" + string.Join('&', query.Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}"));
}
