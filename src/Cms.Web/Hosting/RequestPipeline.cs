namespace Cms.Web.Hosting;

/// <summary>The middleware every request passes through before it reaches an endpoint, in the order that matters.</summary>
public static class RequestPipeline
{
    public static WebApplication UseCmsRequestPipeline(this WebApplication app)
    {
        // The client's real address and scheme first: throttling, Secure cookies and HSTS all depend on them.
        app.UseCmsProxy();
        // Headers before anything can answer, so error pages and short-circuited answers carry them too.
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCmsAuthentication();
        // After authentication: a cookie sent from an origin that is not listed must stop counting as a sign-in.
        app.UseCmsCors();
        app.UseAuthorization();
        return app;
    }
}
