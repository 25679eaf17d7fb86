using System.Net;
using System.Text.Json;
using Cms.Core.Security;

namespace Cms.Tests.GraphQL;

/// <summary><c>me</c>: Orchard's current-user query; the signed-in user's id, name and e-mail, null for anyone else.</summary>
public sealed class MeQueryTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.CreateAsync(GraphQLTestDefinitions.Site());
        await _host.SaveTestRolesAsync();
        await _host.SaveRolesAsync(GraphQLTestHost.Role("Anonymous", "ExecuteGraphQL"));
        await using var session = await _host.OpenAsync();
        await SecurityStore.SaveUserAsync(session.Storage,
            new UserRecord { UserId = GraphQLTestHost.EditorId, UserName = "editor", Email = "editor@example.org", PasswordHash = "x" }, CancellationToken.None);
        await session.SaveChangesAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Me_SignedInUser_ReturnsItsIdNameAndEmail()
    {
        var response = await _host.PostAsync("{ me { userId userName email } }", GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var me = response.Data("me");
        Assert.Equal((GraphQLTestHost.EditorId, "editor", "editor@example.org"),
            (me.GetProperty("userId").GetString(), me.GetProperty("userName").GetString(), me.GetProperty("email").GetString()));
    }

    [Fact]
    public async Task Me_Anonymous_IsNull()
    {
        var response = await _host.PostAsync("{ me { userName } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Null, response.Data("me").ValueKind);
    }

    [Fact]
    public async Task Me_UserType_ShowsNothingButIdNameAndEmail()
    {
        var response = await _host.PostAsync("{ me { passwordHash } }", GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("passwordHash", response.FirstErrorMessage, StringComparison.Ordinal);
    }
}
