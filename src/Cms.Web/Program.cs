using Cms.GraphQL.Http;
using Cms.Web.Admin;
using Cms.Web.Api;
using Cms.Web.Cli;
using Cms.Web.Hosting;
using Cms.Web.Media;
using Cms.Web.Preview;
using Cms.Web.Webhooks;

if (await CommandLine.TryRunAsync(args, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
if (!builder.IsCmsConfigurationValid(args, Console.Error))
{
    return 2;
}

if (!builder.TryAddCms(Console.Error))
{
    return 1;
}

builder.Services.AddCmsAdmin().AddCmsTrash().AddCmsScheduling().AddCmsWebhooks().AddCmsCors(builder.Configuration).AddCmsCompression();

var app = builder.Build();
if (!await app.TryInitializeCmsAsync(Console.Error))
{
    return 1;
}

app.UseCmsRequestPipeline();

app.MapLandingPage();
app.MapHealthEndpoints();
app.MapCmsApi();
app.MapCmsGraphQL();
app.MapPreviewEndpoints();
app.UseResizedMedia();
app.UseMediaFiles();
app.MapCmsAdmin();

await app.RunAsync();
return 0;

/// <summary>The host's entry point; public so WebApplicationFactory can start it in tests.</summary>
public partial class Program;
