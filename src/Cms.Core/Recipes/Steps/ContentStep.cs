using Cms.Core.Content;
using Cms.Core.ContentModel;

namespace Cms.Core.Recipes.Steps;

/// <summary><c>Content</c>: imports <c>data</c> items with Orchard's version rules, in batches.</summary>
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
            result = await ContentImporter.ImportAsync(site.Content, items, cancellationToken);
            site.Progress?.Invoke(new RecipeProgress(context.Index, context.Name, data.Count, data.Count));
        }
        catch (ContentValidationException exception)
        {
            var first = exception.Errors[0];
            throw new RecipeStepException(
                string.Join(" ", exception.Errors.Select(e => $"{PointerToPath(e.Path)}: {e.Message}")), PointerToPath(first.Path), exception);
        }

        context.AddCount("items", data.Count);
        context.AddCount("created", result.Created);
        context.AddCount("updated", result.Updated);
        context.AddCount("unchanged", result.Unchanged);
    }

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
