using System.Text.Json;
using Cms.Core.Recipes;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Cms.Web.Cli;

/// <summary>
/// The operator's verbs on the server's executable: <c>setup</c>, <c>recipe run</c>, <c>export</c>. Each
/// prints what it did and exits 0 only on success; a failure changes nothing.
/// </summary>
public static class CommandLine
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase) { "setup", "recipe", "export", "graphql", "help" };

    private static readonly HashSet<string> Flags = new(StringComparer.OrdinalIgnoreCase)
    {
        "strict", "definitions", "content", "roles", "settings", "as-setup",
    };

    public const string Usage = """
        Usage: Cms.Web <verb> [options]      (or: dotnet run --project src/Cms.Web -- <verb> [options])
          setup [--recipe FILE] [--admin-user U --admin-email E --admin-password P] [--site-name N]
          recipe run FILE [--param name=value ...] [--strict]
          export [--types A,B] [--definitions] [--content] [--roles] [--settings] [--as-setup] [--out FILE]
          graphql register FILE
        Every verb takes --data-path DIR to choose the site (default: Cms:DataPath, else App_Data).
        """;

    /// <summary>Runs a verb and returns its exit code, or null when the arguments are not a verb (serve instead).</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0]))
        {
            return null;
        }

        try
        {
            var parsed = CommandLineArguments.Parse(args.Skip(1), Flags);
            return args[0].ToUpperInvariant() switch
            {
                "SETUP" => await SetupAsync(parsed, output),
                "RECIPE" => await RecipeAsync(parsed, output, errors),
                "EXPORT" => await ExportAsync(parsed, output),
                "GRAPHQL" => await GraphQLRegisterCommand.RunAsync(parsed, output, errors),
                _ => Help(output),
            };
        }
        catch (CommandLineException exception)
        {
            errors.WriteLine(exception.Message);
            errors.WriteLine(Usage);
            return 2;
        }
        catch (RecipeFormatException exception)
        {
            errors.WriteLine($"The recipe cannot be read: {exception.Message}");
            return 1;
        }
        catch (StoreUnavailableException exception)
        {
            errors.WriteLine(exception.Message);
            return 1;
        }
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine(Usage);
        return 0;
    }

    private static async Task<int> SetupAsync(CommandLineArguments args, TextWriter output)
    {
        await using var app = await BuildAsync(args);
        var options = app.Services.GetRequiredService<IOptions<CmsOptions>>().Value.Setup;
        options.AdminUserName = args.Value("admin-user") ?? options.AdminUserName;
        options.AdminEmail = args.Value("admin-email") ?? options.AdminEmail;
        options.AdminPassword = args.Value("admin-password") ?? options.AdminPassword;
        options.SiteName = args.Value("site-name") ?? options.SiteName;
        var recipePath = AppPaths.Resolve(args.Value("recipe") ?? options.Recipe, Directory.GetCurrentDirectory());
        if (!File.Exists(recipePath))
        {
            throw new CommandLineException($"The setup recipe '{recipePath}' does not exist.");
        }

        try
        {
            var result = await SetupRunner.RunAsync(app.Services, options, recipePath, output, CancellationToken.None);
            if (result.Recipe is { } recipe)
            {
                RecipeReport.Write(recipe, output);
            }

            return 0;
        }
        catch (RecipeExecutionException exception)
        {
            output.WriteLine($"Setup failed, nothing was changed: {exception.Error}");
            return 1;
        }
        catch (PasswordPolicyException exception)
        {
            output.WriteLine($"Setup failed, nothing was changed: --admin-password (Cms:Setup:AdminPassword): {exception.Message}");
            return 1;
        }
    }

    private static async Task<int> RecipeAsync(CommandLineArguments args, TextWriter output, TextWriter errors)
    {
        if (args.Positional is not ["run", var file])
        {
            throw new CommandLineException("Use: recipe run FILE [--param name=value] [--strict]");
        }

        var recipe = await RecipeReader.ReadFileAsync(Path.GetFullPath(file), CancellationToken.None);
        await using var app = await BuildAsync(args);
        var (parameters, actor) = await SiteRecipeParameters.LoadAsync(app.Services.GetRequiredService<DocumentStore>(), CancellationToken.None);
        foreach (var pair in args.Values("param"))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new CommandLineException($"--param needs name=value, not '{pair}'.");
            }

            parameters[pair[..equals]] = pair[(equals + 1)..];
        }

        var configuration = app.Services.GetRequiredService<IConfiguration>();
        var request = new RecipeRunRequest
        {
            Actor = actor,
            Parameters = parameters,
            Configuration = RecipeConfiguration.Lookup(configuration),
            Strict = args.Has("strict"),
            Progress = RecipeReport.ProgressBar(errors),
        };
        output.WriteLine($"Running recipe '{recipe.Name}' ({recipe.FilePath})");
        try
        {
            var result = await app.Services.GetRequiredService<RecipeRunner>().RunAsync(recipe, request, CancellationToken.None);
            RecipeReport.Write(result, output);
            RecipeReport.WriteSummary(result, output);
            return 0;
        }
        catch (RecipeExecutionException exception)
        {
            RecipeReport.Write(exception.Result, output);
            errors.WriteLine($"Failed, nothing was changed: {exception.Error}");
            return 1;
        }
    }

    private static async Task<int> ExportAsync(CommandLineArguments args, TextWriter output)
    {
        await using var app = await BuildAsync(args);
        var options = new RecipeExportOptions
        {
            Types = (args.Value("types") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Definitions = args.Has("definitions"),
            Content = args.Has("content"),
            Roles = args.Has("roles"),
            Settings = args.Has("settings"),
            AsSetup = args.Has("as-setup"),
        };
        var store = app.Services.GetRequiredService<DocumentStore>();
        await using var session = await store.OpenReadSessionAsync(CancellationToken.None);
        var recipe = await RecipeExporter.ExportAsync(session, options, app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, CancellationToken.None);
        var json = recipe.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (args.Value("out") is { } file)
        {
            await File.WriteAllTextAsync(file, json);
            output.WriteLine($"Exported {recipe["steps"]!.AsArray().Count} steps to {Path.GetFullPath(file)}");
        }
        else
        {
            output.WriteLine(json);
        }

        return 0;
    }

    /// <summary>The same services as the server, without listening; the store is migrated, setup is not run.</summary>
    internal static async Task<WebApplication> BuildAsync(CommandLineArguments args)
    {
        var configuration = new List<string>();
        if (args.Value("data-path") is { } dataPath)
        {
            configuration.Add($"--Cms:DataPath={Path.GetFullPath(dataPath)}");
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. configuration] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddCms();
        var app = builder.Build();
        await app.InitializeCmsAsync(runSetup: false);
        return app;
    }
}
