using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Media;
using Cms.Core.Content;
using Cms.Core.Recipes;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Api;

/// <summary>
/// POST /api/recipes/run runs a posted recipe (ManageRecipes) and answers its report: 200 when it ran,
/// 400 with the failing step when it did not (nothing changed), 409 when it would hide stored values and
/// <c>?allowDataLoss=true</c> was not given; <c>?dryRun=true</c> runs it and rolls it back; <c>?onConflict=fail|source|target</c>
/// (default fail) says what Content steps do with items modified on the site after their imported copy. GET /api/recipes/export
/// (Export) answers a recipe with the chosen parts of the site; media as Base64, users (ManageUsers too) with their password hashes.
/// </summary>
public static class RecipeEndpoints
{
    /// <summary>Maps the routes under the /api group of <see cref="ApiEndpoints"/>.</summary>
    internal static IEndpointRouteBuilder MapRecipeEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/recipes");
        api.MapPost("/run", RunAsync);
        api.MapGet("/export", ExportAsync);
        return app;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> RunAsync(
        HttpContext http, RecipeRunner runner, SecurityStore security, DocumentStore store, IConfiguration configuration,
        bool? strict, bool? allowDataLoss, bool? dryRun, string? onConflict, CancellationToken cancellationToken)
    {
        var caller = new ContentApiCaller(http, await security.GetAuthorizationAsync(cancellationToken));
        if (caller.Denied(PermissionCatalog.ManageRecipes.Name) is { } denied)
        {
            return denied;
        }

        if (!Enum.TryParse<ContentConflictMode>(onConflict ?? nameof(ContentConflictMode.Fail), ignoreCase: true, out var conflictMode)
            || int.TryParse(onConflict, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "onConflict must be fail, source or target.",
                detail: $"onConflict: '{onConflict}' is not fail, source or target.");
        }

        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        RecipeDescriptor recipe;
        try
        {
            recipe = RecipeReader.Read(body, "request body");
        }
        catch (RecipeFormatException exception)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The recipe cannot be read.", detail: exception.Message);
        }

        var (parameters, actor) = await SiteRecipeParameters.LoadAsync(store, cancellationToken);
        var request = new RecipeRunRequest
        {
            Actor = caller.Actor.UserId is null ? actor : caller.Actor,
            Parameters = parameters,
            Configuration = RecipeConfiguration.Lookup(configuration),
            Strict = strict == true || StrictInBody(body),
            PathBase = http.Request.PathBase.Value ?? "",
            AllowDataLoss = allowDataLoss == true,
            DryRun = dryRun == true,
            ContentImport = new ContentImportOptions { OnConflict = conflictMode },
        };
        try
        {
            var result = await runner.RunAsync(recipe, request, cancellationToken);
            return TypedResults.Content(result.ToJson(), "application/json");
        }
        catch (RecipeExecutionException exception)
        {
            // A run refused for hiding stored values is sound but conflicts with the data the site holds.
            var status = exception.Error.Code == RecipeError.DataLoss ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return TypedResults.Content(exception.Result.ToJson(), "application/json", statusCode: status);
        }
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ExportAsync(
        HttpContext http, SecurityStore security, DocumentStore store, MediaStore media, TimeProvider clock,
        string? types, bool? definitions, bool? content, bool? roles, bool? settings, bool? asSetup, bool? freshIds,
        [FromQuery(Name = "media")] bool? withMedia, bool? users, CancellationToken cancellationToken)
    {
        var caller = new ContentApiCaller(http, await security.GetAuthorizationAsync(cancellationToken));
        if (caller.Denied(PermissionCatalog.Export.Name) is { } denied)
        {
            return denied;
        }

        // Users come with their password hashes.
        if (users == true && caller.Denied(PermissionCatalog.ManageUsers.Name) is { } deniedUsers)
        {
            return deniedUsers;
        }

        if (freshIds == true && asSetup != true)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "freshIds is for a setup export.",
                detail: "The query parameter 'freshIds' needs 'asSetup=true'.");
        }

        var options = new RecipeExportOptions
        {
            Types = (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Definitions = definitions == true,
            Content = content == true,
            Roles = roles == true,
            Settings = settings == true,
            AsSetup = asSetup == true,
            FreshIds = freshIds == true,
            Media = withMedia,
            Users = users == true,
        };
        await using var session = await store.OpenReadSessionAsync(cancellationToken);
        var recipe = await RecipeExporter.ExportAsync(session, media, options, clock.GetUtcNow().UtcDateTime, cancellationToken);
        http.Response.Headers.ContentDisposition = "attachment; filename=\"export.recipe.json\"";
        return TypedResults.Content(recipe.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), "application/json");
    }

    /// <summary>The API's <c>strict: true</c> may be written in the posted recipe's header.</summary>
    private static bool StrictInBody(string body)
    {
        try
        {
            return JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
                is JsonObject root && Cms.Core.Definitions.SettingsReader.AsBool(Cms.Core.Definitions.SettingsReader.Find(root, "strict")) == true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
