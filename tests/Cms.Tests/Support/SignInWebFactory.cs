using System.Net;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.Tests.Admin;
using Cms.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cms.Tests.Support;

/// <summary>
/// The real host with the product's own credentials as the default scheme (the sign-in cookie, API keys as
/// bearer tokens) instead of the X-Test-* headers, for tests of those credentials; the clock is fake.
/// </summary>
public class SignInWebFactory : CmsWebFactory
{
    public const string Password = "long enough password";

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.Configure<AuthenticationOptions>(options => options.DefaultScheme = SecurityServices.CallerScheme);
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>The fixed id <see cref="SaveUserAsync"/> gives a user name, so tests can seed items the user owns.</summary>
    public static string UserIdFor(string userName) => ("4" + userName + new string('0', 26))[..26];

    /// <summary>Stores a user with <see cref="Password"/> in the roles (once per name).</summary>
    public async Task SaveUserAsync(string userName, params string[] roles)
    {
        var user = new UserRecord { UserId = UserIdFor(userName), UserName = userName, RoleNames = [.. roles] };
        new UserPasswords().SetPassword(user, Password);
        await using var session = await Services.GetRequiredService<DocumentStore>().OpenWriteSessionAsync(CancellationToken.None);
        await SecurityStore.SaveUserAsync(session, user, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }

    /// <summary>A client signed in through the login form, so it holds the sign-in and antiforgery cookies a browser would.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, params string[] roles)
    {
        await SaveUserAsync(userName, roles);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await AdminForms.PostAsync(client, "/admin/login", "/admin/login", [new("UserName", userName), new("Password", Password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
