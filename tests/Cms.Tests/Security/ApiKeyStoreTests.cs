using System.Security.Cryptography;
using System.Text;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.Tests.Support;

namespace Cms.Tests.Security;

public class ApiKeyStoreTests
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    [Fact]
    public async Task Create_StoredDocument_HoldsTheSecretsHashNotTheSecret()
    {
        await using var site = await TestSite.CreateAsync(Provider);
        var keys = new ApiKeyStore(site.Documents, site.Clock);

        var (record, key) = await keys.CreateAsync("front end", "Reader", null, CancellationToken.None);

        var secret = key.Split('_')[2];
        var stored = await site.ReadAsync(session => session.GetDocumentAsync(DocumentTypes.ApiKey, record.KeyId, CancellationToken.None));
        Assert.StartsWith($"cms_{record.KeyId}_", key, StringComparison.Ordinal);
        Assert.Equal(64, secret.Length);
        Assert.DoesNotContain(secret, stored!.Content, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), stored.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindValid_TheKey_ReturnsItsRecord_AndAnyOtherSecretForTheSameIdIsRefused()
    {
        await using var site = await TestSite.CreateAsync(Provider);
        var keys = new ApiKeyStore(site.Documents, site.Clock);
        var (record, key) = await keys.CreateAsync("front end", "Reader", null, CancellationToken.None);
        var forged = key[..^1] + (key[^1] == '0' ? '1' : '0');

        Assert.Equal("Reader", (await keys.FindValidAsync(key, CancellationToken.None))?.RoleName);
        Assert.Null(await keys.FindValidAsync(forged, CancellationToken.None));
        Assert.Null(await keys.FindValidAsync($"cms_{record.KeyId}_short", CancellationToken.None));
        Assert.Null(await keys.FindValidAsync("not a key", CancellationToken.None));
    }

    [Fact]
    public async Task FindValid_AfterExpiryOrRevocation_ReturnsNull()
    {
        await using var site = await TestSite.CreateAsync(Provider);
        var keys = new ApiKeyStore(site.Documents, site.Clock);
        var (_, expiring) = await keys.CreateAsync("campaign", "Reader", site.Clock.GetUtcNow().UtcDateTime.AddDays(1), CancellationToken.None);
        var (revokedRecord, revoked) = await keys.CreateAsync("old app", "Reader", null, CancellationToken.None);

        Assert.NotNull(await keys.FindValidAsync(expiring, CancellationToken.None));
        site.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True(await keys.RevokeAsync(revokedRecord.KeyId, CancellationToken.None));

        Assert.Null(await keys.FindValidAsync(expiring, CancellationToken.None));
        Assert.Null(await keys.FindValidAsync(revoked, CancellationToken.None));
        Assert.False(await keys.RevokeAsync(revokedRecord.KeyId, CancellationToken.None));
    }

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : ApiKeyStoreTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}
