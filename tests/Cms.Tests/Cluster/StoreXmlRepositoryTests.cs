using Cms.Core.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Cluster;

/// <summary>Data-protection keys live in the store, so what one node protects (a sign-in cookie) another can read.</summary>
public sealed class StoreXmlRepositoryTests : IDisposable
{
    private readonly string _dataPath = NodeWebFactory.NewDataPath();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task Unprotect_OnAnotherNodeOfTheSameStore_ReadsWhatTheFirstProtected()
    {
        using var a = new NodeWebFactory(_dataPath, new Dictionary<string, string>());
        using var b = new NodeWebFactory(_dataPath, new Dictionary<string, string>());

        var protectedByA = Protector(a).Protect("signed in as editor");
        var readByB = Protector(b).Unprotect(protectedByA);

        Assert.Equal("signed in as editor", readByB);
        await using var session = await a.Services.GetRequiredService<DocumentStore>().OpenReadSessionAsync(CancellationToken.None);
        Assert.Single(await session.GetDocumentsAsync(DocumentTypes.DataProtectionKey, CancellationToken.None));
        Assert.False(Directory.Exists(Path.Combine(_dataPath, "keys")) && Directory.EnumerateFiles(Path.Combine(_dataPath, "keys")).Any());
    }

    [Fact]
    public void Start_WithKeysInTheFormerFolder_CopiesThemIntoTheStore()
    {
        string protectedBefore;
        var keysFolder = Path.Combine(_dataPath, "keys");
        using (var services = new ServiceCollection().AddDataProtection().SetApplicationName("Cms")
                   .PersistKeysToFileSystem(new DirectoryInfo(keysFolder)).Services.BuildServiceProvider())
        {
            protectedBefore = services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("before the move");
        }

        using var node = new NodeWebFactory(_dataPath, new Dictionary<string, string>());

        Assert.Equal("before the move", Protector(node).Unprotect(protectedBefore));
    }

    private static IDataProtector Protector(NodeWebFactory node) =>
        node.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
}
