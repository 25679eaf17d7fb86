using Cms.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Cms.Web.Admin;

/// <summary>
/// Loads the <see cref="AdminCaller"/> and lets only callers with AccessAdminPanel into admin pages
/// (pages marked anonymous, the sign-in page, are let through). Finer checks are each page's own.
/// </summary>
internal sealed class AdminAccessFilter : IAsyncPageFilter
{
    private readonly AdminCaller _caller;

    public AdminAccessFilter(AdminCaller caller)
    {
        _caller = caller;
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        await _caller.LoadAsync(context.HttpContext, context.HttpContext.RequestAborted);
        var anonymous = context.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
        if (!anonymous && !_caller.Has(PermissionCatalog.AccessAdminPanel))
        {
            context.Result = _caller.Principal.IsAuthenticated ? new ForbidResult() : new ChallengeResult();
            return;
        }

        await next();
    }
}
