using Cms.Core.Backup;
using Cms.Core.Recipes;
using Cms.Core.Storage;
using Cms.Web.Hosting;

namespace Cms.Web.Cli;

/// <summary>
/// Turns a verb's expected failures into a message, an exit code and the report's error: 2 for the operator's
/// mistakes, 1 for a failed run, 3 for a recipe run refused because it would hide stored values (<c>--allow-data-loss</c>
/// applies it). Every verb's action runs inside <see cref="GuardAsync"/>.
/// </summary>
internal static class VerbRun
{
    public const int UsageError = 2;
    public const int Failed = 1;

    public const int DataLossRefused = 3;

    public static async Task<int> GuardAsync(VerbContext context, Func<Task<int>> verb)
    {
        try
        {
            return await verb();
        }
        catch (Exception exception) when (exception is CommandLineException or CmsConfigurationException)
        {
            return Fail(context, new VerbError(VerbError.Usage, exception.Message), UsageError);
        }
        catch (MigrationRequiredException exception)
        {
            return Fail(context, new VerbError(VerbError.MigrationRequired, exception.Message), Failed);
        }
        catch (RecipeFormatException exception)
        {
            return Fail(context, new VerbError(VerbError.Failed, $"The recipe cannot be read: {exception.Message}"), Failed);
        }
        catch (Exception exception) when (exception is StoreUnavailableException or DataFolderException or BackupException)
        {
            return Fail(context, new VerbError(VerbError.Failed, exception.Message), Failed);
        }
    }

    /// <summary>Prints the error for people and records it in the report; returns <paramref name="exitCode"/>.</summary>
    public static int Fail(VerbContext context, VerbError error, int exitCode = Failed)
    {
        context.Errors.WriteLine(error.Message);
        foreach (var detail in error.Details)
        {
            context.Errors.WriteLine(detail);
        }

        context.Report.Error = error;
        return exitCode;
    }
}
