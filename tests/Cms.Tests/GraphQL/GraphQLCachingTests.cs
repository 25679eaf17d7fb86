using System.Net;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.Tests.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.GraphQL;

/// <summary>ETags of anonymous GraphQL reads as a CDN sees them: weak validators, sign-ins and publishes.</summary>
public sealed class GraphQLCachingTests : IAsyncLifetime
{
    private const string Url = "/api/graphql?query={blog{displayText}}";
    private const string UserName = "ed";
    private const string Password = "a long enough password";
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.CreateAsync(GraphQLTestDefinitions.Site());
        await _host.SaveRolesAsync(GraphQLTestHost.Role("Anonymous", "ExecuteGraphQL", "ViewContent"));
        await _host.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = "Public blog" });
        var user = new UserRecord { UserId = "4ed000000000000000000000ed", UserName = UserName, Email = "ed@example.test" };
        new UserPasswords().SetPassword(user, Password);
        await using var session = await _host.Services.GetRequiredService<DocumentStore>().OpenWriteSessionAsync(CancellationToken.None);
        await SecurityStore.SaveUserAsync(session, user, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("{0}")]
    [InlineData("W/{0}")]
    [InlineData("\"other\", W/{0}")]
    [InlineData("*")]
    public async Task IfNoneMatch_StrongWeakListOrStar_Gets304(string header)
    {
        var etag = await AnonymousETagAsync();

        var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.TryAddWithoutValidation("If-None-Match", string.Format(System.Globalization.CultureInfo.InvariantCulture, header, etag));
        var response = await _host.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.Status);
        Assert.Equal(etag, response.ETag);
    }

    [Fact]
    public async Task IfNoneMatch_AnotherTag_Gets200()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.TryAddWithoutValidation("If-None-Match", "W/\"other\"");

        Assert.Equal(HttpStatusCode.OK, (await _host.SendAsync(request)).Status);
    }

    [Fact]
    public async Task SignIn_WithoutAContentChange_KeepsTheAnonymousETag()
    {
        var before = await AnonymousETagAsync();

        using var browser = _host.CreateClient();
        var signIn = await AdminForms.PostAsync(browser, "/admin/login", "/admin/login",
            [new("UserName", UserName), new("Password", Password)]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cms.auth=", StringComparison.Ordinal));

        Assert.Equal(before, await AnonymousETagAsync());
    }

    [Fact]
    public async Task Publish_ChangesTheAnonymousETag()
    {
        var before = await AnonymousETagAsync();

        await _host.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = "Another blog" });

        Assert.NotEqual(before, await AnonymousETagAsync());
    }

    private async Task<string> AnonymousETagAsync()
    {
        var response = await _host.SendAsync(new HttpRequestMessage(HttpMethod.Get, Url));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.ETag ?? throw new InvalidOperationException("No ETag on an anonymous GET.");
    }
}
