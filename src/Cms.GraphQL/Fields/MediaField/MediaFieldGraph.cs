using Cms.Core.Definitions;
using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Fields.MediaField;

/// <summary>
/// MediaField: <c>{ files { fileName path url mediaText srcset } }</c> from the parallel Paths and MediaTexts arrays;
/// <c>url</c> takes optional resize arguments and <c>srcset</c> (ours) lists resized widths.
/// </summary>
internal sealed class MediaFieldGraph : ObjectFieldGraph
{
    public override string FieldName => "MediaField";

    protected override int? MaxItems(ContentPartFieldDefinition field) =>
        Cms.Core.Fields.MediaField.MediaFieldSettings.From(field).Multiple ? null : 1;

    protected override IEnumerable<FieldType> Members(SchemaBuildContext context)
    {
        var file = context.Shared("MediaFileItemType", () =>
        {
            var type = new ObjectGraphType { Name = "MediaFileItemType" };
            type.AddField(FileMember("fileName", context.String, f => Path.GetFileName(f.Path)));
            type.AddField(FileMember("path", context.String, f => f.Path));
            type.AddField(new FieldType
            {
                Name = "url",
                Description = "The file's URL; with width, height, mode, format, quality or profile, the URL of that resize",
                ResolvedType = context.String,
                Arguments = ResizedUrlFields.UrlArguments(context),
                Resolver = DelegateResolver.Async(resolve =>
                    resolve.Source is MediaFile f ? ResizedUrlFields.UrlAsync(resolve, f.Url, context.Options) : Task.FromResult<object?>(null)),
            });
            type.AddField(new FieldType
            {
                Name = "srcset",
                Description = "The file at several widths, as an img srcset attribute (\"url?width=480 480w, ...\")",
                ResolvedType = context.String,
                Arguments = ResizedUrlFields.SrcsetArguments(context),
                Resolver = DelegateResolver.Async(resolve =>
                    resolve.Source is MediaFile f ? ResizedUrlFields.SrcsetAsync(resolve, f.Url, context.Options) : Task.FromResult<object?>(null)),
            });
            type.AddField(FileMember("mediaText", context.String, f => f.MediaText));
            return type;
        });
        var baseUrl = context.Options.MediaBaseUrl.TrimEnd('/');
        return
        [
            Member("files", new ListGraphType(file), (resolve, field) =>
            {
                var paths = JsonValues.Strings(field.Value["Paths"]);
                var texts = JsonValues.Strings(field.Value["MediaTexts"]);
                var files = paths.Select((path, index) =>
                    new MediaFile(path, baseUrl + "/" + path.TrimStart('/'), index < texts.Count ? texts[index] : "")).ToList();
                return Paging.Apply(resolve, files, context.Options);
            }, Paging.Arguments(context), "the media files"),
        ];
    }

    private static FieldType FileMember(string name, IGraphType type, Func<MediaFile, object?> read) => new()
    {
        Name = name,
        ResolvedType = type,
        Resolver = DelegateResolver.Sync(context => context.Source is MediaFile file ? read(file) : null),
    };

    private sealed record MediaFile(string Path, string Url, string MediaText);
}
