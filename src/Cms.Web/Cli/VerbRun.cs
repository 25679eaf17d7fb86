using Cms.Core.Backup;
using Cms.Core.Recipes;
using Cms.Core.Storage;
using Cms.Web.Hosting;

namespace Cms.Web.Cli;

/// <summary>
/// Turns a verb's expected failures into a message and an exit code: 2 for the operator's mistakes, 1 for a failed run,
/// 3 for a recipe run refused because it would hide stored values (<c>--allow-data-loss</c> applies it).
/// </summary>
internal static class VerbRun
{
    public const int UsageError = 2;

    public const int DataLossRefused = 3;

    public static async Task<int> GuardAsync(VerbContext context, Func<Task<int>> verb)
    {
        try
        {
            return await verb();
        }
        catch (Exception exception) when (exception is CommandLineException or CmsConfigurationException)
        {
            context.Errors.WriteLine(exception.Message);
            return UsageError;
        }
        catch (RecipeFormatException exception)
        {
            context.Errors.WriteLine($"The recipe cannot be read: {exception.Message}");
            return 1;
        }
        catch (Exception exception) when (exception is StoreUnavailableException or DataFolderException or BackupException)
        {
            context.Errors.WriteLine(exception.Message);
            return 1;
        }
    }
}
