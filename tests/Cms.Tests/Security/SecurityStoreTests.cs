using Cms.Core.Security;
using Cms.Tests.Support;

namespace Cms.Tests.Security;

public sealed class SecurityStoreTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.CreateAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task FindUserByName_NameIsAnotherUsersEmail_FindsTheUserWithThatName()
    {
        await using (var session = await _site.Documents.OpenWriteSessionAsync(None))
        {
            // Saved first, so a lookup that ignored which column matched would find this one.
            await SecurityStore.SaveUserAsync(session, new UserRecord { UserId = "4mail00000000000000000000a", UserName = "mail", Email = "ed@example.test" }, None);
            await SecurityStore.SaveUserAsync(session, new UserRecord { UserId = "4named0000000000000000000a", UserName = "ed@example.test" }, None);
            await session.CommitAsync(None);
        }

        var found = await _site.ReadAsync(s => SecurityStore.FindUserByNameAsync(s, "ED@example.test", None));

        Assert.Equal("4named0000000000000000000a", found!.UserId);
    }
}
