using System.Text.Json;
using Cms.Benchmarks.Data;
using Cms.Core.ContentModel;

namespace Cms.Benchmarks.Import;

/// <summary>
/// <c>make-recipe</c>: writes one recipe with a Content step of N Letters (streamed to the file), picking the
/// analyses of a site set up by <c>generate --count 0</c>.
/// </summary>
internal static class RecipeFileWriter
{
    public static async Task<int> RunAsync(BenchmarkArguments args)
    {
        var count = args.Int("count", 10_000);
        var output = Path.GetFullPath(args.Required("out"));
        var site = DataManifest.TryRead(Path.GetFullPath(args.Required("analyses-from")))
            ?? throw new BenchmarkException("--analyses-from must name a generated data folder.");
        var factory = new LetterFactory(3, site.AnalysisIds);
        await using var stream = File.Create(output);
        await using var writer = new Utf8JsonWriter(stream);
        writer.WriteStartObject();
        writer.WriteString("name", "bench-letters");
        writer.WriteString("displayName", $"{count} benchmark letters");
        writer.WriteStartArray("steps");
        writer.WriteStartObject();
        writer.WriteString("name", "Content");
        writer.WriteStartArray("data");
        for (var i = 0; i < count; i++)
        {
            var item = factory.Letter(i);
            item.ContentItemVersionId = IdGenerator.NewId();
            item.Latest = true;
            item.Published = true;
            item.ModifiedUtc = item.CreatedUtc;
            item.PublishedUtc = item.CreatedUtc;
            item.Author = CmsSite.AdminUserName;
            ContentItemJson.Write(writer, item);
            if (writer.BytesPending > 1 << 16)
            {
                await writer.FlushAsync();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync();
        Console.WriteLine($"Wrote {count} letters to {output} ({new FileInfo(output).Length / 1024 / 1024} MB)");
        return 0;
    }
}
