using System.Net;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Storage;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>
/// Pages that only show content answer while another connection holds the store's write lock (an import, a recipe):
/// rendering a form must never wait for, or take, the write lock.
/// </summary>
public sealed class ContentReadPagesWriteLockTests : IClassFixture<ContentReadPagesWriteLockTests.Site>
{
    private readonly Site _site;

    public ContentReadPagesWriteLockTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory, IAsyncLifetime
    {
        public string ItemId { get; private set; } = "";

        public async Task InitializeAsync()
        {
            await SeedAsync(TestDefinitions.Articles());
            var content = Services.GetRequiredService<ContentStore>();
            await using var session = await content.OpenSessionAsync(ContentActor.System, CancellationToken.None);
            var item = TestDefinitions.Article("Read while locked");
            await session.CreateAsync(item, VersionOptions.Published, CancellationToken.None);
            await session.SaveChangesAsync(CancellationToken.None);
            ItemId = item.ContentItemId;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // A writer that waits gives up quickly, so a page that wrongly asks for the lock fails fast instead of hanging.
            builder.UseSetting("Cms:BusyTimeoutMilliseconds", "300");
        }
    }

    public static TheoryData<string> ReadPages => new()
    {
        "/admin/contents/new/Article",
        "/admin/contents/{id}/versions",
        "/admin/contents/{id}/edit",
    };

    [Theory]
    [MemberData(nameof(ReadPages))]
    public async Task ReadPage_WriteLockHeldByAnotherConnection_Answers(string path)
    {
        var url = path.Replace("{id}", _site.ItemId, StringComparison.Ordinal);
        using var client = _site.Admin();
        await client.GetAsync(url); // warms the definition cache outside the lock

        await using var writer = new SqliteConnection($"Data Source={Path.Combine(_site.DataPath, "cms.db")};Pooling=False");
        await writer.OpenAsync();
        await using var transaction = await writer.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, CancellationToken.None);
        await using (var take = writer.CreateCommand())
        {
            // A write inside the transaction: from here until the rollback this connection holds the write lock.
            take.Transaction = (SqliteTransaction)transaction;
            take.CommandText = $"UPDATE {Tables.StoreVersion} SET Version = Version WHERE Id = 1";
            await take.ExecuteNonQueryAsync();
        }

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await transaction.RollbackAsync();
    }
}
