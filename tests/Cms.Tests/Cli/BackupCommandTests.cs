using System.IO.Compression;

namespace Cms.Tests.Cli;

public sealed class BackupCommandTests : IDisposable
{
    private readonly CliTestFolder _cli = new();

    private string DataPath => _cli.DataPath;

    private string Archive => Path.Combine(_cli.Folder, "site.cms-backup.zip");

    private string Restored => Path.Combine(_cli.Folder, "restored");

    public void Dispose() => _cli.Dispose();

    private static Task<(int? ExitCode, string Output, string Errors)> RunAsync(params string[] args) => CliTestFolder.RunAsync(args);

    [Fact]
    public async Task Backup_WhileAWriterSaves_RestoresEveryAcknowledgedWrite()
    {
        await BackupSite.SetUpAsync(_cli);
        Directory.CreateDirectory(Path.Combine(DataPath, "keys"));
        await File.WriteAllTextAsync(Path.Combine(DataPath, "keys", "key-1.xml"), "<key/>");
        Directory.CreateDirectory(Path.Combine(DataPath, "media-cache"));
        await File.WriteAllTextAsync(Path.Combine(DataPath, "media-cache", "resized.webp"), "rebuilt on demand");
        var acknowledged = new List<string>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() => BackupSite.WriteNotesAsync(DataPath, acknowledged, stop.Token));
        while (Count(acknowledged) < 20 && !writer.IsCompleted)
        {
            await Task.Delay(10);
        }

        string[] beforeBackup;
        lock (acknowledged)
        {
            beforeBackup = [.. acknowledged];
        }

        var backup = await RunAsync("backup", "--data-path", DataPath, "--out", Archive);
        await stop.CancelAsync();
        await writer;
        var restore = await RunAsync("restore", Archive, "--data-path", Restored);
        var verify = await RunAsync("verify", "--data-path", Restored);

        Assert.True(backup.ExitCode == 0, backup.Output + backup.Errors);
        Assert.True(restore.ExitCode == 0, restore.Output + restore.Errors);
        Assert.True(verify.ExitCode == 0, verify.Output + verify.Errors);
        var restored = await BackupSite.TitlesAsync(Restored, "W");
        Assert.Empty(beforeBackup.Except(restored));
        // One commit's state: the writer commits in order, so the snapshot holds an unbroken prefix of its notes.
        Assert.Equal(Enumerable.Range(0, restored.Count).Select(n => $"W{n:D5}"), restored);
        Assert.Equal("photo-bytes", await File.ReadAllTextAsync(Path.Combine(Restored, "media", "photo.png")));
        Assert.Equal("<key/>", await File.ReadAllTextAsync(Path.Combine(Restored, "keys", "key-1.xml")));
        Assert.False(Directory.Exists(Path.Combine(Restored, "media-cache")));
    }

    [Fact]
    public async Task Restore_TamperedArchive_FailsAndLeavesTheTargetAsItWas()
    {
        await BackupSite.SetUpAsync(_cli);
        Assert.Equal(0, (await RunAsync("backup", "--data-path", DataPath, "--out", Archive)).ExitCode);
        Assert.Equal(0, (await RunAsync("restore", Archive, "--data-path", Restored)).ExitCode);
        var before = Fingerprint(Restored);
        using (var zip = ZipFile.Open(Archive, ZipArchiveMode.Update))
        {
            zip.GetEntry("media/photo.png")!.Delete();
            await using var replaced = zip.CreateEntry("media/photo.png").Open();
            await replaced.WriteAsync("tampered"u8.ToArray());
        }

        var (code, _, errors) = await RunAsync("restore", Archive, "--data-path", Restored, "--force");

        Assert.Equal(1, code);
        Assert.Contains("'media/photo.png' in the archive does not match its manifest", errors, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint(Restored));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(_cli.Folder), entry => Path.GetFileName(entry).StartsWith('.'));
    }

    [Fact]
    public async Task Restore_IntoAFolderWithASite_RefusesWithoutForce()
    {
        await BackupSite.SetUpAsync(_cli);
        Assert.Equal(0, (await RunAsync("backup", "--data-path", DataPath, "--out", Archive)).ExitCode);
        await BackupSite.ExecuteAsync(DataPath, "UPDATE ContentItemIndex SET DisplayText = 'Changed after the backup'");

        var refused = await RunAsync("restore", Archive, "--data-path", DataPath);
        var forced = await RunAsync("restore", Archive, "--data-path", DataPath, "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("is not empty", refused.Errors, StringComparison.Ordinal);
        Assert.True(forced.ExitCode == 0, forced.Output + forced.Errors);
        Assert.Equal(["Photo"], await BackupSite.TitlesAsync(DataPath, "P"));
    }

    [Fact]
    public async Task Backup_OutFileExists_RefusesAndKeepsIt()
    {
        await BackupSite.SetUpAsync(_cli);
        await File.WriteAllTextAsync(Archive, "an older backup");

        var (code, _, errors) = await RunAsync("backup", "--data-path", DataPath, "--out", Archive);

        Assert.Equal(2, code);
        Assert.Contains("exists already", errors, StringComparison.Ordinal);
        Assert.Equal("an older backup", await File.ReadAllTextAsync(Archive));
    }

    [Fact]
    public async Task Verify_SoundSite_ExitsZero()
    {
        await BackupSite.SetUpAsync(_cli);

        var (code, output, errors) = await RunAsync("verify", "--data-path", DataPath);

        Assert.True(code == 0, output + errors);
        Assert.Contains("2 media references; no problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RemovedIndexRow_ReportsTheItem()
    {
        await BackupSite.SetUpAsync(_cli);
        await BackupSite.ExecuteAsync(DataPath, $"DELETE FROM TextFieldIndex WHERE ContentItemId = '{BackupSite.PhotoNoteId}'");

        var (code, output, _) = await RunAsync("verify", "--data-path", DataPath);

        Assert.Equal(1, code);
        Assert.Contains($"[index] {BackupSite.PhotoNoteId}: Note version", output, StringComparison.Ordinal);
        Assert.Contains("TextFieldIndex lacks the row", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_IndexRowOfNoDocument_ReportsTheItem()
    {
        await BackupSite.SetUpAsync(_cli);
        // Foreign keys off, as in a tool that edits the file by hand: the store itself never writes such a row.
        await BackupSite.ExecuteAsync(DataPath, "PRAGMA foreign_keys = OFF; " +
            "INSERT INTO AutoroutePartIndex (DocumentId, ContentItemId, Path, Published, Latest) VALUES (999999, '4ghost00000000000000000001', 'ghost', 1, 1)");

        var (code, output, _) = await RunAsync("verify", "--data-path", DataPath);

        Assert.Equal(1, code);
        Assert.Contains("[index] 4ghost00000000000000000001: AutoroutePartIndex holds 1 row(s) for document 999999", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_StoreAtAnOlderSchema_AsksForTheMigrationAndDoesNotMigrate()
    {
        await BackupSite.SetUpAsync(_cli);
        await BackupSite.ExecuteAsync(DataPath, "DELETE FROM SchemaVersion WHERE Version > 4; DROP INDEX IX_ContentItemIndex_TypeCurrentCreated; DROP INDEX IX_ContentItemIndex_TypeDraftCreated; " +
            "DROP TABLE ContentSearchStemmed; DROP TABLE ContentSearchFolded");

        var (code, output, _) = await RunAsync("verify", "--data-path", DataPath);

        Assert.Equal(1, code);
        Assert.Contains($"[schema] -: The store is at schema version 4; this version of Cms checks version {LatestSchema()}.", output, StringComparison.Ordinal);
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(DataPath, "cms.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(Version) FROM SchemaVersion";
        Assert.Equal(4L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Verify_ItemsOfADeletedType_AreNoProblem()
    {
        await BackupSite.SetUpAsync(_cli);
        var drop = _cli.WriteRecipe("""{ "name": "Drop", "steps": [ { "name": "DeleteContentDefinition", "ContentTypes": [ "Note" ], "ContentParts": [] } ] }""");
        Assert.Equal(0, (await RunAsync("recipe", "run", drop, "--data-path", DataPath, "--allow-data-loss")).ExitCode);

        var (code, output, errors) = await RunAsync("verify", "--data-path", DataPath);

        Assert.True(code == 0, output + errors);
    }

    [Fact]
    public async Task Verify_MissingMediaFile_ReportsTheItem()
    {
        await BackupSite.SetUpAsync(_cli);
        File.Delete(Path.Combine(DataPath, "media", "inline.png"));

        var (code, output, _) = await RunAsync("verify", "--data-path", DataPath);

        Assert.Equal(1, code);
        Assert.Contains($"[media] {BackupSite.PhotoNoteId}: Note version", output, StringComparison.Ordinal);
        Assert.Contains("refers to media 'inline.png', which is not in the media folder", output, StringComparison.Ordinal);
        Assert.DoesNotContain("'photo.png'", output, StringComparison.Ordinal);
    }

    private static int Count(List<string> acknowledged)
    {
        lock (acknowledged)
        {
            return acknowledged.Count;
        }
    }

    /// <summary>Every file under a folder with its bytes' hash.</summary>
    private static string Fingerprint(string folder) => string.Join("\n", Directory
        .EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}"));

    private static int LatestSchema()
    {
        using var dialect = new Cms.Core.Storage.Sqlite.SqliteDialect("unopened.db");
        return Cms.Core.Storage.SchemaMigrations.Latest(dialect);
    }
}
