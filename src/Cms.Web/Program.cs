using Cms.Web.Admin;
using Cms.Web.Api;
using Cms.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
var dataFolder = DataFolder.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);

builder.Services.AddCmsStorage(builder.Configuration, dataFolder);
builder.Services.AddCmsAuthentication(dataFolder);
builder.Services.AddCmsErrors();
builder.Services.AddCmsAdmin();

var app = builder.Build();
await app.InitializeCmsAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthEndpoints();
app.MapContentEndpoints();
app.MapCmsAdmin();

await app.RunAsync();

/// <summary>The host's entry point; public so WebApplicationFactory can start it in tests.</summary>
public partial class Program;
