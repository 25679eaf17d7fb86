using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Benchmarks;

/// <summary>The real host on a temp data folder holding <c>count</c> Articles and an admin who signs in through the login form.</summary>
internal sealed class ContentListSite : WebApplicationFactory<Program>
{
    public const string AdminPassword = "benchmark password";

    public ContentListSite()
    {
        DataPath = Path.Combine(Path.GetTempPath(), "cms-benchmarks", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(DataPath);
    }

    public string DataPath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(WebProjectFolder());
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Cms:DataPath", DataPath);
        builder.UseSetting("Cms:Setup:Enabled", "false");
    }

    public async Task SeedAsync(int count, TextWriter log)
    {
        var content = Services.GetRequiredService<ContentStore>();
        var passwords = Services.GetRequiredService<UserPasswords>();
        await using (var session = await content.OpenSessionAsync(ContentActor.System, CancellationToken.None))
        {
            await session.SaveDefinitionsAsync(ContentDefinitionDocument.FromJson("""
                { "ContentTypeDefinitionRecords": [ { "Name": "Article", "DisplayName": "Article",
                    "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true, "Securable": true } },
                    "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} } ] } ],
                  "ContentPartDefinitionRecords": [] }
                """), CancellationToken.None);
            var admin = new UserRecord { UserId = IdGenerator.NewId(), UserName = "admin", RoleNames = [SystemRoles.Administrator] };
            passwords.SetPassword(admin, AdminPassword);
            await SecurityStore.SaveUserAsync(session.Storage, admin, CancellationToken.None);
            await session.SaveChangesAsync(CancellationToken.None);
        }

        const int batch = 2_000;
        for (var start = 0; start < count; start += batch)
        {
            await using var session = await content.OpenSessionAsync(new ContentActor("benchmark", "benchmark"), CancellationToken.None);
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var item = session.New("Article");
                item.GetOrCreatePart("TitlePart")["Title"] = $"Article {i:D6} about {Words[i % Words.Length]}";
                // Every tenth item also has a draft beside its published version, as editors leave them.
                await session.CreateAsync(item, i % 10 == 0 ? VersionOptions.Draft : VersionOptions.Published, CancellationToken.None);
            }

            await session.SaveChangesAsync(CancellationToken.None);
            log.Write($"\rseeded {Math.Min(count, start + batch):N0} of {count:N0}");
        }

        log.WriteLine();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner when a file is still held.
        }
    }

    /// <summary>src/Cms.Web beside the solution file above the benchmark's output folder.</summary>
    private static string WebProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Cms.sln")))
            {
                return Path.Combine(folder.FullName, "src", "Cms.Web");
            }
        }

        throw new DirectoryNotFoundException("Cms.sln was not found above " + AppContext.BaseDirectory);
    }

    private static readonly string[] Words = ["the council", "defenders", "migration", "housing", "courts", "procedures", "assembly", "women"];
}
