using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;
using Cms.Core.Querying;
using Cms.Core.Storage;
using Cms.Tests.Support;

namespace Cms.Tests.ContentDefinitions;

public class ContentDefinitionStoreTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.CreateAsync(Provider, TestDefinitions.Articles());

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Get_AfterLocalSave_ReturnsTheNewVersionAndRaisesChanged()
    {
        var before = await _site.DefinitionStore.GetAsync(None);
        ContentDefinitionSnapshot? raised = null;
        _site.DefinitionStore.Changed += snapshot => raised = snapshot;

        await SaveWithTypeAsync(_site, "Report");

        var after = await _site.DefinitionStore.GetAsync(None);
        Assert.True(after.Version > before.Version);
        Assert.NotNull(after.Document.FindType("Report"));
        Assert.Equal(after.Version, raised?.Version);
    }

    [Fact]
    public async Task Get_ChangedByAnotherNode_IsNoticedThroughTheStoredVersion()
    {
        // A second node: its own store and cache over the same database file.
        using var otherNode = new ContentDefinitionStore(new DocumentStore(_site.Dialect), _site.Clock, TimeSpan.FromSeconds(1));
        var seen = await otherNode.GetAsync(None);

        await SaveWithTypeAsync(_site, "Report");
        var stillCached = await otherNode.GetAsync(None);
        _site.Clock.Advance(TimeSpan.FromSeconds(2));
        var refreshed = await otherNode.GetAsync(None);

        Assert.Null(stillCached.Document.FindType("Report"));
        Assert.Equal(seen.Version, stillCached.Version);
        Assert.NotNull(refreshed.Document.FindType("Report"));
    }

    [Fact]
    public async Task Get_AnotherNodesCommitHeard_RefreshesBeforeTheInterval()
    {
        var otherStore = new DocumentStore(_site.Dialect);
        using var otherNode = new ContentDefinitionStore(otherStore, _site.Clock, TimeSpan.FromHours(1));
        await otherNode.GetAsync(None);

        await SaveWithTypeAsync(_site, "Report");
        var beforeNotice = await otherNode.GetAsync(None);
        otherStore.Versions.Observe(_site.Documents.Versions.Current);
        var afterNotice = await otherNode.GetAsync(None);

        Assert.Null(beforeNotice.Document.FindType("Report"));
        Assert.NotNull(afterNotice.Document.FindType("Report"));
    }

    [Fact]
    public async Task Save_RolledBack_LeavesCacheAndStoreUnchanged()
    {
        var before = await _site.DefinitionStore.GetAsync(None);

        await using (var session = await _site.OpenAsync())
        {
            var document = session.Definitions.DeepClone();
            document.Types.Add(new ContentTypeDefinition { Name = "Never", DisplayName = "Never" });
            await session.SaveDefinitionsAsync(document, None);
        }

        var after = await _site.DefinitionStore.GetAsync(None);
        Assert.Equal(before.Version, after.Version);
        Assert.Null(after.Document.FindType("Never"));
    }

    [Fact]
    public async Task Save_FieldAdded_ReindexesExistingItemsSoTheyCanBeOrderedByIt()
    {
        var first = TestDefinitions.Article("First");
        var second = TestDefinitions.Article("Second");
        await _site.WriteAsync(async s =>
        {
            await s.CreateAsync(first, VersionOptions.Published, None);
            await s.CreateAsync(second, VersionOptions.Published, None);
            return 0;
        });

        await _site.WriteAsync(async s =>
        {
            var document = s.Definitions.DeepClone();
            document.FindPart("Article")!.Fields.Add(new ContentPartFieldDefinition { FieldName = "NumericField", Name = "Priority" });
            await s.SaveDefinitionsAsync(document, None);
            return 0;
        });

        var ordered = await _site.ReadAsync(s => s.QueryAsync(new ContentQuery
        {
            ContentTypes = ["Article"],
            OrderBy = [new ContentOrder(ContentColumn.Field(FieldValueKind.Numeric, "Article", "Priority"))],
        }, None));
        Assert.Equal(2, ordered.Count);
    }

    private static Task<int> SaveWithTypeAsync(TestSite site, string typeName) => site.WriteAsync(async s =>
    {
        var document = s.Definitions.DeepClone();
        document.Types.Add(new ContentTypeDefinition { Name = typeName, DisplayName = typeName });
        await s.SaveDefinitionsAsync(document, None);
        return 0;
    }, ContentActor.System);

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : ContentDefinitionStoreTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}
