using Cms.Core.Media;
using Cms.GraphQL;
using Cms.GraphQL.Limits;
using Cms.Web.Media;
using Microsoft.Extensions.Options;

namespace Cms.Web.Hosting;

/// <summary>The services every way of running the product needs (the server and the command line).</summary>
public static class CmsHost
{
    public static WebApplicationBuilder AddCms(this WebApplicationBuilder builder)
    {
        var dataFolder = DataFolder.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddCmsStorage(builder.Configuration, dataFolder);
        builder.Services.AddCmsAuthentication(dataFolder);
        builder.Services.AddCmsRecipes(builder.Configuration);
        builder.Services.AddCmsGraphQL(builder.Configuration);
        builder.Services.AddOptions<GraphQLOptions>().PostConfigure<IOptions<MediaOptions>>((options, media) =>
        {
            options.MediaRoot ??= dataFolder.MediaPath;
            options.MediaResizing = media.Value;
        });
        builder.Services.AddCmsImageResizing();
        builder.Services.AddCmsPreview();
        builder.Services.AddCmsErrors();
        return builder;
    }
}
