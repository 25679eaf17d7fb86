using Microsoft.AspNetCore.Http;

namespace Cms.GraphQL.Http;

/// <summary>The query text a request runs, or the status, message and code of the error it gets instead.</summary>
internal sealed record PersistedQueryResolution(string? Query, int Status = StatusCodes.Status200OK, string? Message = null, string? Code = null)
{
    public static PersistedQueryResolution Refuse(int status, string message, string code) => new(null, status, message, code);
}
