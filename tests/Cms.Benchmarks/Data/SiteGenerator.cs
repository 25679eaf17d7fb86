using System.Diagnostics;
using System.Globalization;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Recipes;
using Cms.Core.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Benchmarks.Data;

/// <summary>
/// <c>generate</c>: sets a fresh data folder up from ishr-schema, then creates analyses and N published
/// Letters through the content store (500 per transaction), timing the letters and reading the peak RSS.
/// </summary>
internal static class SiteGenerator
{
    private const int BatchSize = 500;

    public static async Task<int> RunAsync(BenchmarkArguments args)
    {
        var dataPath = Path.GetFullPath(args.Required("data"));
        var count = args.Int("count", 1000);
        var translateEvery = args.Int("translate-every", 0);
        if (File.Exists(Path.Combine(dataPath, "cms.db")))
        {
            throw new BenchmarkException($"'{dataPath}' already holds a site; generate into an empty folder.");
        }

        await using var app = await CmsSite.OpenAsync(dataPath);
        var actor = await SetUpAsync(app.Services, args.Value("schema"));
        if (translateEvery > 0)
        {
            // The schema recipe leaves the site's cultures to the setup recipe; translated letters need en and fr.
            await app.Services.GetRequiredService<RecipeRunner>().RunAsync(RecipeReader.Read("""
                { "name": "cultures", "steps": [ { "name": "Settings", "LocalizationSettings": { "DefaultCulture": "en", "SupportedCultures": [ "en", "fr" ] } } ] }
                """), new RecipeRunRequest(), CancellationToken.None);
        }

        var store = app.Services.GetRequiredService<ContentStore>();
        var analyses = await CreateAsync(store, actor, args.Int("analyses", 50), (factory, i) => factory.Analysis(i), 1, [], 0);

        var stopwatch = Stopwatch.StartNew();
        var letters = await CreateAsync(store, actor, count, (factory, i) => factory.Letter(i), 2, analyses.Ids, translateEvery);
        // A bulk load: the planner's statistics are refreshed as the product does after a recipe.
        await store.Documents.RefreshStatisticsAsync(CancellationToken.None);
        stopwatch.Stop();

        var manifest = letters.Manifest with
        {
            Letters = count,
            AnalysisIds = analyses.Ids,
            Seconds = stopwatch.Elapsed.TotalSeconds,
            ItemsPerSecond = count / Math.Max(stopwatch.Elapsed.TotalSeconds, 1e-9),
            PeakRssBytes = ProcessMemory.SelfPeakRssBytes(),
        };
        manifest.Write(dataPath);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated {count} letters in {manifest.Seconds:0.0} s: {manifest.ItemsPerSecond:0} items/s, peak RSS {ProcessMemory.Megabytes(manifest.PeakRssBytes)}"));
        return 0;
    }

    private static async Task<ContentActor> SetUpAsync(IServiceProvider services, string? schemaPath)
    {
        var path = schemaPath ?? Path.Combine(AppContext.BaseDirectory, "recipes", "ishr-schema.recipe.json");
        var recipe = await RecipeReader.ReadFileAsync(path, CancellationToken.None);
        var setup = services.GetRequiredService<SiteSetup>();
        var result = await setup.SetupAsync(
            new SetupRequest(recipe, CmsSite.AdminUserName, "admin@localhost", CmsSite.AdminPassword, "ISHR benchmark"), CancellationToken.None);
        return new ContentActor(result.AdminUserId, CmsSite.AdminUserName);
    }

    private sealed record Created(List<string> Ids, DataManifest Manifest);

    private static async Task<Created> CreateAsync(ContentStore store, ContentActor actor, int count,
        Func<LetterFactory, int, ContentItem> make, int seed, IReadOnlyList<string> analysisIds, int translateEvery)
    {
        var factory = new LetterFactory(seed, analysisIds);
        var ids = new List<string>();
        var (matches, maxDate, samplePath, sampleTitle) = (0, "", "", "");
        for (var start = 0; start < count; start += BatchSize)
        {
            await using var session = await store.OpenSessionAsync(actor, CancellationToken.None);
            for (var i = start; i < Math.Min(count, start + BatchSize); i++)
            {
                var item = make(factory, i);
                if (translateEvery > 0)
                {
                    // Every letter is English; every n-th also has a French translation (an extra item of the same set).
                    LetterFactory.MarkEnglish(item);
                }

                await session.CreateAsync(item, VersionOptions.Published, CancellationToken.None);
                if (translateEvery > 0 && i % translateEvery == 0)
                {
                    await session.CreateAsync(LetterFactory.FrenchTranslation(item), VersionOptions.Published, CancellationToken.None);
                }

                ids.Add(item.ContentItemId);
                matches += item.DisplayText!.Contains(LetterText.SearchWord, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                var sent = item.GetPart("Letter")?["SentDate"]?["Value"]?.GetValue<string>() ?? "";
                maxDate = string.CompareOrdinal(sent, maxDate) > 0 ? sent : maxDate;
                if (i == count / 2)
                {
                    (samplePath, sampleTitle) = (item.GetPart("AutoroutePart")!["Path"]!.GetValue<string>(), item.DisplayText!);
                }
            }

            await session.SaveChangesAsync(CancellationToken.None);
        }

        return new Created(ids, new DataManifest
        {
            SearchMatches = matches, MaxSentDate = maxDate, SamplePath = samplePath, SampleTitle = sampleTitle,
        });
    }
}
