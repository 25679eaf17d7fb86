using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Storage;
using Cms.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Cms.Tests.Cli;

/// <summary>A site for the backup verbs: a Note type with a media field and an HTML body, two media files, one item using both.</summary>
internal static class BackupSite
{
    public const string PhotoNoteId = "4photonote0000000000000001";

    public const string Recipe = """
        {
          "name": "BackupSite",
          "issetuprecipe": true,
          "steps": [
            { "name": "Settings", "SiteName": "Backups" },
            { "name": "media", "Files": [ { "TargetPath": "photo.png", "Base64": "cGhvdG8tYnl0ZXM=" },
                                          { "TargetPath": "inline.png", "Base64": "aW5saW5lLWJ5dGVz" } ] },
            { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "Note", "DisplayName": "Note",
                "Settings": { "ContentTypeSettings": { "Listable": true, "Creatable": true, "Draftable": true, "Versionable": true } },
                "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart" },
                                                      { "PartName": "Note", "Name": "Note" } ] } ],
              "ContentParts": [ { "Name": "Note", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Body" },
                                                                                          { "FieldName": "MediaField", "Name": "Image" } ] } ] },
            { "name": "Content", "data": [ { "ContentItemId": "4photonote0000000000000001", "ContentType": "Note", "DisplayText": "Photo",
              "Latest": true, "Published": true, "TitlePart": { "Title": "Photo" },
              "HtmlBodyPart": { "Html": "<p><img src=\"/media/inline.png\" alt=\"\"></p>" },
              "Note": { "Body": { "Text": "with a photo" }, "Image": { "Paths": [ "photo.png" ], "MediaTexts": [ "" ] } } } ] }
          ]
        }
        """;

    public static async Task SetUpAsync(CliTestFolder cli)
    {
        var recipe = cli.WriteRecipe(Recipe);
        var (code, output, errors) = await CliTestFolder.RunAsync("setup", "--data-path", cli.DataPath, "--recipe", recipe, "--admin-password", "Secret-passw0rd");
        Assert.True(code == 0, output + errors);
    }

    /// <summary>Runs one statement on a site's database, as someone editing the file by hand would.</summary>
    public static async Task ExecuteAsync(string dataPath, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "cms.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<List<string>> TitlesAsync(string dataPath, string prefix)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "cms.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DisplayText FROM ContentItemIndex WHERE DisplayText LIKE $prefix || '%' ORDER BY DisplayText";
        command.Parameters.AddWithValue("$prefix", prefix);
        var titles = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            titles.Add(reader.GetString(0));
        }

        return titles;
    }

    /// <summary>
    /// Saves notes titled W00000, W00001, ... one per transaction through the content store, as a server in another
    /// process would, and records each title once its commit has returned, until stopped.
    /// </summary>
    public static async Task WriteNotesAsync(string dataPath, List<string> acknowledged, CancellationToken stop)
    {
        using var dialect = new SqliteDialect(Path.Combine(dataPath, "cms.db"));
        var documents = new DocumentStore(dialect);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var definitions = new ContentDefinitionStore(documents, clock, TimeSpan.Zero);
        var content = new ContentStore(documents, definitions, ContentKindCatalog.Default, clock);
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var title = $"W{n:D5}";
            var item = new ContentItem { ContentType = "Note", DisplayText = title };
            item.GetOrCreatePart("TitlePart")["Title"] = title;
            await using (var session = await content.OpenSessionAsync(ContentActor.System, CancellationToken.None))
            {
                await session.CreateAsync(item, VersionOptions.Published, CancellationToken.None);
                await session.SaveChangesAsync(CancellationToken.None);
            }

            lock (acknowledged)
            {
                acknowledged.Add(title);
            }
        }
    }
}
