using Cms.Benchmarks.Baseline;
using Cms.Benchmarks.Data;
using Cms.Benchmarks.Images;
using Cms.Benchmarks.Import;
using Cms.Benchmarks.Nodes;
using Cms.Benchmarks.Run;
using Cms.Benchmarks.Webhooks;
using Cms.Benchmarks.Soak;

namespace Cms.Benchmarks;

/// <summary>
/// Verbs: <c>run [--quick]</c> (everything, one table), <c>images</c> (resized media alone), <c>nodes</c> (publish-to-visible delay across two nodes),
/// <c>shapes</c> (every query shape by store size), <c>cultures</c>, <c>webhooks</c>, <c>soak</c> (reads while the store grows), and the child
/// processes it starts: <c>generate</c> (a data folder of N letters), <c>grow</c> (more letters into one), <c>import</c> (a recipe run),
/// <c>baseline</c> (the raw server).
/// </summary>
internal static class BenchmarkProgram
{
    private const string Usage = """
        Usage: Cms.Benchmarks <verb> [options]
          run [--quick] [--repo DIR] [--artifacts DIR] [--sizes 1000,10000,100000]
          shapes [--sizes 1000,100000] [--samples 40] [--seconds 5] [--server PATH]
          cultures [--sizes 1000,100000] [--samples 40] [--seconds 5]
          soak [--letters 2000] [--growth 5] [--connections 50] [--interval 60] [--minutes 5] [--server PATH]
          images [--photos 100] [--seconds 10] [--repo DIR] [--artifacts DIR]
          nodes [--publishes 200] [--types 50] [--poll 1000] [--server PATH] [--repo DIR] [--artifacts DIR]
          generate --data DIR --count N [--analyses N] [--translate-every N]
          grow --data DIR --count N [--from N]
          make-recipe --count N --out FILE --analyses-from DIR
          import --data DIR --recipe FILE [--warm-up-recipe FILE]
          baseline --data DIR --urls http://127.0.0.1:PORT
          webhooks [--items 1000] [--rounds 3]
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var options = BenchmarkArguments.Parse(args.Skip(1));
        try
        {
            return args[0] switch
            {
                "run" => await BenchmarkRunner.RunAsync(options),
                "images" => await ImageBenchmark.RunAsync(options),
                "nodes" => await PublishDelayBenchmark.RunAsync(options),
                "shapes" => await Shapes.ShapeSuite.RunAsync(options),
                "cultures" => await Shapes.CultureSuite.RunAsync(options),
                "soak" => await SoakSuite.RunAsync(options),
                "generate" => await SiteGenerator.RunAsync(options),
                "grow" => await StoreGrower.RunAsync(options),
                "make-recipe" => await RecipeFileWriter.RunAsync(options),
                "import" => await RecipeImport.RunAsync(options),
                "baseline" => await BaselineServer.RunAsync(options),
                "webhooks" => await WebhookBenchmark.RunAsync(options),
                _ => Fail($"Unknown verb '{args[0]}'."),
            };
        }
        catch (BenchmarkException exception)
        {
            return Fail(exception.Message);
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
