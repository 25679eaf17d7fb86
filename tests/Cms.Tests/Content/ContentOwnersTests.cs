using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Recipes;
using Cms.Core.Security;
using Cms.Tests.Recipes;
using Cms.Tests.Support;

namespace Cms.Tests.Content;

/// <summary>Items promoted from staging whose Owner (a staging user id) and Author (a staging user name) this site does not know.</summary>
public class ContentOwnersTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private const string StagingOwnerId = "4staging00000000000000000s";
    private const string ProductionUserId = "4prod0000000000000000000p1";
    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await TestSite.CreateAsync(Provider);
        await _site.WriteAsync(async s =>
        {
            await SecurityStore.SaveUserAsync(s.Storage, new UserRecord { UserId = ProductionUserId, UserName = "prod-editor" }, None);
            return 0;
        });
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task ContentStep_MappedOwnerAndAuthor_ItemsBelongToTheSitesUser()
    {
        var owners = new Dictionary<string, string> { [StagingOwnerId] = "prod-editor", ["staging-editor"] = ProductionUserId };

        var result = await RunAsync(owners);

        var item = await _site.ReadAsync(async s => (await s.GetContentItemAsync(NoteId(0), VersionOptions.Latest, None))!);
        Assert.Equal((ProductionUserId, "prod-editor"), (item.Owner, item.Author));
        Assert.Null(result.Steps[1].UnknownOwners);
    }

    [Fact]
    public async Task ContentStep_UnknownOwner_IsKeptAsWrittenAndReportedWithItsItemCount()
    {
        var result = await RunAsync(new Dictionary<string, string>());

        var item = await _site.ReadAsync(async s => (await s.GetContentItemAsync(NoteId(1), VersionOptions.Latest, None))!);
        Assert.Equal(StagingOwnerId, item.Owner);
        var unknown = Assert.Single(result.Steps[1].UnknownOwners!);
        Assert.Equal((StagingOwnerId, 3), (unknown.Owner, unknown.Items));
        Assert.Contains(result.Steps[1].Messages, m => m.Contains($"--map-owner {StagingOwnerId}=USER", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ContentStep_MappingToAUserTheSiteLacks_FailsNamingTheMappingAndWritesNothing()
    {
        var before = await _site.FingerprintAsync();

        var failure = await Assert.ThrowsAsync<RecipeExecutionException>(() =>
            RunAsync(new Dictionary<string, string> { [StagingOwnerId] = "nobody" }));

        Assert.Contains($"'{StagingOwnerId}=nobody'", failure.Error.Message, StringComparison.Ordinal);
        Assert.Contains("no user 'nobody'", failure.Error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _site.FingerprintAsync());
    }

    private Task<RecipeResult> RunAsync(IReadOnlyDictionary<string, string> owners)
    {
        var recipe = NoteRecipe.Recipe(3, (_, item) =>
        {
            item["Owner"] = StagingOwnerId;
            item["Author"] = "staging-editor";
            return item;
        });
        return _site.Recipes.RunAsync(RecipeReader.Read(recipe), new RecipeRunRequest
        {
            Parameters = TestSite.AdminParameters,
            ContentImport = new ContentImportOptions { OwnerMap = owners },
        }, None);
    }

    private static string NoteId(int i) => NoteRecipe.Item(i)["ContentItemId"]!.GetValue<string>();

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : ContentOwnersTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}
