using Cms.Core.Content;
using Cms.Core.ContentModel;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Benchmarks.Data;

/// <summary>
/// <c>grow</c>: adds published letters to a generated data folder while a server reads it, in small transactions so
/// readers never wait long for the store (the soak's writer). Letters continue the generator's numbering, so paths stay unique.
/// </summary>
internal static class StoreGrower
{
    private const int BatchSize = 100;

    public static async Task<int> RunAsync(BenchmarkArguments args)
    {
        var dataPath = Path.GetFullPath(args.Required("data"));
        var manifest = DataManifest.TryRead(dataPath) ?? throw new BenchmarkException($"'{dataPath}' holds no generated site.");
        var from = args.Int("from", manifest.Letters);
        var count = args.Int("count", 1000);

        await using var app = await CmsSite.OpenAsync(dataPath);
        var store = app.Services.GetRequiredService<ContentStore>();
        var factory = new LetterFactory(seed: 3, manifest.AnalysisIds);
        for (var start = from; start < from + count; start += BatchSize)
        {
            await using var session = await store.OpenSessionAsync(ContentActor.System, CancellationToken.None);
            for (var i = start; i < Math.Min(from + count, start + BatchSize); i++)
            {
                await session.CreateAsync(factory.Letter(i), VersionOptions.Published, CancellationToken.None);
            }

            await session.SaveChangesAsync(CancellationToken.None);
        }

        Console.WriteLine($"Grew the store by {count} letters.");
        return 0;
    }
}
