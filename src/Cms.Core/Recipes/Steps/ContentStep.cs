using Cms.Core.Content;
using Cms.Core.ContentModel;

namespace Cms.Core.Recipes.Steps;

/// <summary>
/// <c>Content</c>: imports <c>data</c> items with Orchard's version rules, in batches. Items modified on the site after
/// their imported copy are conflicts (listed in the step's report); under the default, fail, the step lists them all
/// and the run writes nothing.
/// </summary>
internal sealed class ContentStep : IRecipeStep
{
    public string Name => "Content";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var site = context.RequireSite();
        if (context.ReadDataItems() is not { } data)
        {
            throw new RecipeStepException("The Content step needs a 'data' array of content items.", "data");
        }

        if (data.FirstNonObject >= 0)
        {
            throw new RecipeStepException("Each content item must be a JSON object.", $"data[{data.FirstNonObject}]");
        }

        await site.SyncDefinitionsAsync(cancellationToken);
        ContentImportResult result;
        try
        {
            // Items are read and converted lazily, batch by batch, so memory follows the batch and not the file.
            var items = data.Items.Select((node, index) =>
            {
                if (index % ContentImporter.BatchSize == 0)
                {
                    site.Progress?.Invoke(new RecipeProgress(context.Index, context.Name, index, data.Count));
                }

                return data.Fresh ? ContentItemJson.Adopt(node) : ContentItemJson.FromJsonObject(node!);
            });
            result = await ContentImporter.ImportAsync(site.Content, items, site.ContentImport, cancellationToken);
            site.Progress?.Invoke(new RecipeProgress(context.Index, context.Name, data.Count, data.Count));
        }
        catch (ContentValidationException exception)
        {
            var first = exception.Errors[0];
            throw new RecipeStepException(
                string.Join(" ", exception.Errors.Select(e => $"{PointerToPath(e.Path)}: {e.Message}")), PointerToPath(first.Path), exception);
        }
        catch (ContentImportConflictException exception)
        {
            context.ReportContentImport(exception.Conflicts, []);
            throw new RecipeStepException(ConflictMessage(exception.Conflicts), $"data[{exception.Conflicts[0].Index}]", exception);
        }
        catch (ContentOwnerMapException exception)
        {
            throw new RecipeStepException(exception.Message, exception);
        }

        context.ReportContentImport(result.Conflicts, result.UnknownOwners);
        foreach (var conflict in result.Conflicts)
        {
            var outcome = conflict.Resolution == ContentConflictMode.Source ? "replaced by the imported copy" : "kept, the imported copy skipped";
            context.AddMessage($"Conflict at data[{conflict.Index}]: {conflict.Describe()}; {outcome}.");
        }

        foreach (var owner in result.UnknownOwners)
        {
            context.AddMessage($"Owner '{owner.Owner}' ({owner.Items} items) is no user of this site: kept as written; map it with --map-owner {owner.Owner}=USER.");
        }

        context.AddCount("items", data.Count);
        context.AddCount("created", result.Created);
        context.AddCount("updated", result.Updated);
        context.AddCount("unchanged", result.Unchanged);
        if (result.Conflicts.Count > 0)
        {
            context.AddCount("conflicts", result.Conflicts.Count);
            context.AddCount("kept", result.Kept);
        }
    }

    private static string ConflictMessage(IReadOnlyList<ContentImportConflict> conflicts) =>
        $"{conflicts.Count} items were modified on this site after their imported copy was made, so importing would overwrite " +
        "those edits; nothing was written. Choose source (the import wins) or target (this site's versions stay) with --on-conflict " +
        "on the command line, onConflict over HTTP. " +
        string.Join(" ", conflicts.Select(c => $"data[{c.Index}]: {c.Describe()}."));

    /// <summary>"/3/Letter/Summary" → "data[3].Letter.Summary".</summary>
    private static string PointerToPath(string pointer)
    {
        var segments = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return "data";
        }

        var path = int.TryParse(segments[0], System.Globalization.CultureInfo.InvariantCulture, out _) ? $"data[{segments[0]}]" : "data." + segments[0];
        foreach (var segment in segments.Skip(1))
        {
            path += int.TryParse(segment, System.Globalization.CultureInfo.InvariantCulture, out _) ? $"[{segment}]" : "." + segment;
        }

        return path;
    }
}
