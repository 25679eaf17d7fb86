using System.CommandLine;
using Cms.Core.Content;
using Spectre.Console;

namespace Cms.Web.Cli;

/// <summary>
/// <c>search rebuild</c>: refills the full-text index from the stored items, with the words today's definitions say each
/// type holds. One transaction: readers search the old index until it commits, and a failure leaves it as it was.
/// </summary>
internal static class SearchRebuildCommand
{
    public static Command Create(VerbContext context)
    {
        var rebuild = new Command("rebuild", "Rebuild the full-text search index from the stored items (after a definition change, or to check it).");
        rebuild.SetAction(parse => VerbRun.GuardAsync(context, async () =>
        {
            await using var app = await VerbHost.OpenAsync(context, parse.GetValue(context.DataPath), requireSite: true);
            var search = app.Services.GetRequiredService<ContentSearchRebuild>();
            context.Say("Rebuilding the full-text search index");
            var started = TimeProvider.System.GetTimestamp();
            var count = context.OutputIsTerminal
                ? await AnsiConsole.Progress().AutoClear(false).StartAsync(async display =>
                {
                    var bar = display.AddTask("search index");
                    return await search.RunAsync(new Progress<(int Done, int Total)>(p =>
                    {
                        bar.MaxValue = Math.Max(1, p.Total);
                        bar.Value = p.Done;
                    }), CancellationToken.None);
                })
                : await search.RunAsync(progress: null, CancellationToken.None);
            var seconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
            context.Report.Result["indexed"] = count;
            context.Report.Result["seconds"] = Math.Round(seconds, 3);
            context.Say($"Search index rebuilt: {count:N0} item versions in {seconds:N1} s.");
            return 0;
        }));
        return new Command("search", "Full-text search over the site's items.") { rebuild };
    }
}
