using Cms.GraphQL;
using Cms.Web.Cluster;
using Cms.Web.Api;
using Cms.Web.Media;

namespace Cms.Web.Hosting;

/// <summary>The services every way of running the product needs (the server and the command line).</summary>
public static class CmsHost
{
    public static WebApplicationBuilder AddCms(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Before the data folder is created: a mistake here must leave nothing behind.
        CmsConfigurationCheck.ThrowIfInvalid(builder.Configuration, builder.Environment.ContentRootPath);
        var dataFolder = DataFolder.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddCmsStorage(builder.Configuration, dataFolder);
        builder.Services.AddCmsAuthentication();
        builder.Services.AddCmsCluster(dataFolder);
        builder.Services.AddCmsProxy();
        builder.Services.AddCmsMediaStore(builder.Configuration);
        builder.Services.AddCmsRecipes(builder.Configuration);
        builder.Services.AddCmsGraphQL(builder.Configuration);
        builder.Services.AddCmsImageResizing();
        builder.Services.AddCmsPreview();
        builder.Services.AddCmsContentApi();
        builder.Services.AddCmsErrors();
        return builder;
    }

    /// <summary>
    /// <see cref="AddCms"/> for the server: a configuration mistake or a data folder that cannot be written stops it
    /// with its message on <paramref name="errors"/> instead of an unhandled exception's stack trace.
    /// </summary>
    public static bool TryAddCms(this WebApplicationBuilder builder, TextWriter errors)
    {
        try
        {
            builder.AddCms();
            return true;
        }
        catch (Exception exception) when (exception is DataFolderException or CmsConfigurationException)
        {
            errors.WriteLine(exception.Message);
            return false;
        }
    }
}
