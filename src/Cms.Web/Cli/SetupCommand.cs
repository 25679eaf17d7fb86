using System.CommandLine;
using Cms.Core.Recipes;
using Cms.Core.Security;
using Cms.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Cms.Web.Cli;

/// <summary><c>setup</c>: sets an empty site up from a setup recipe and creates its administrator.</summary>
internal static class SetupCommand
{
    public static Command Create(VerbContext context)
    {
        var recipe = new Option<string>("--recipe") { Description = "The setup recipe (default: Cms:Setup:Recipe).", HelpName = "FILE" };
        var adminUser = new Option<string>("--admin-user") { Description = "The administrator's user name (default: admin).", HelpName = "U" };
        var adminEmail = new Option<string>("--admin-email") { Description = "The administrator's email.", HelpName = "E" };
        var adminPassword = new Option<string>("--admin-password")
        {
            Description = "The administrator's password; without it one is generated and printed once.",
            HelpName = "P",
        };
        var siteName = new Option<string>("--site-name") { Description = "parameters('SiteName') when the recipe sets none.", HelpName = "N" };
        var command = new Command("setup", "Set up an empty site from a setup recipe (the data folder is created when missing).")
        {
            recipe, adminUser, adminEmail, adminPassword, siteName,
        };
        command.SetAction(parse => VerbRun.GuardAsync(context, async () =>
        {
            // A given recipe is checked before the host opens, so a wrong path creates no data folder.
            var recipePath = parse.GetValue(recipe) is { } given ? ExistingRecipe(given) : null;
            await using var app = await VerbHost.OpenAsync(context, parse.GetValue(context.DataPath), requireSite: false);
            var options = app.Services.GetRequiredService<IOptions<CmsOptions>>().Value.Setup;
            options.AdminUserName = parse.GetValue(adminUser) ?? options.AdminUserName;
            options.AdminEmail = parse.GetValue(adminEmail) ?? options.AdminEmail;
            options.AdminPassword = parse.GetValue(adminPassword) ?? options.AdminPassword;
            options.SiteName = parse.GetValue(siteName) ?? options.SiteName;
            return await RunAsync(context, app, options, recipePath ?? ExistingRecipe(options.Recipe));
        }));
        return command;
    }

    private static string ExistingRecipe(string path)
    {
        var recipePath = AppPaths.Resolve(path, Directory.GetCurrentDirectory());
        return File.Exists(recipePath)
            ? recipePath
            : throw new CommandLineException($"The setup recipe '{recipePath}' does not exist (--recipe, or Cms:Setup:Recipe).");
    }

    private static async Task<int> RunAsync(VerbContext context, WebApplication app, SetupOptions options, string recipePath)
    {
        try
        {
            var result = await SetupRunner.RunAsync(app.Services, options, recipePath, context.Output, CancellationToken.None);
            context.Report.Result["ran"] = result.Ran;
            if (result.Recipe is { } report)
            {
                RecipeReport.Write(report, context.Output);
                context.Report.Result["adminUserName"] = options.AdminUserName;
                context.Report.Result["adminUserId"] = result.AdminUserId;
                context.Report.Result["generatedPassword"] = result.GeneratedPassword;
                context.Report.Result["recipe"] = RecipeReport.ToJson(report);
            }

            return 0;
        }
        catch (RecipeExecutionException exception)
        {
            context.Report.Result["recipe"] = RecipeReport.ToJson(exception.Result);
            return VerbRun.Fail(context, RecipeReport.Error(exception.Error, "Setup failed, nothing was changed"));
        }
        catch (PasswordPolicyException exception)
        {
            return VerbRun.Fail(context, new VerbError(VerbError.Failed,
                $"Setup failed, nothing was changed: --admin-password (Cms:Setup:AdminPassword): {exception.Message}"));
        }
    }
}
