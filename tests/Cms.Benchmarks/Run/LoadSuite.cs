using Cms.Benchmarks.Data;
using Cms.Benchmarks.Load;

namespace Cms.Benchmarks.Run;

/// <summary>
/// Loads one data folder: the full set (baseline B1/B2 alternating with Q1/Q2, then Q3, Q4, Q5 and the admin
/// list) or the growth set (Q1, Q3, admin list). Every request is checked once before it is loaded.
/// </summary>
internal sealed class LoadSuite
{
    private readonly BenchmarkPaths _paths;
    private readonly WrkRunner _wrk;

    public LoadSuite(BenchmarkPaths paths, WrkRunner wrk)
    {
        _paths = paths;
        _wrk = wrk;
    }

    public async Task<LoadFigures> RunAsync(string dataPath, DataManifest manifest, bool full)
    {
        var figures = new LoadFigures();
        var (server, url) = await Servers.StartCmsAsync(_paths, dataPath, logRequests: false);
        await using (server)
        {
            using var checks = new AnswerChecks(manifest);
            var cookie = await AdminSignIn.CookieHeaderAsync(url, CmsSite.AdminUserName, CmsSite.AdminPassword);
            var plan = new List<(string Name, string Url, LoadRequest Request)>();
            if (full)
            {
                var (baseline, baselineUrl) = await Servers.StartBaselineAsync(_paths, dataPath);
                await using (baseline)
                {
                    var (b1, newest) = await checks.Q1Async(baselineUrl, baseline: true, expected: null);
                    var (b2, byPath) = await checks.Q2Async(baselineUrl, baseline: true, expected: null);
                    var (q1, letters) = await checks.Q1Async(url, baseline: false, expected: newest);
                    var (q2, _) = await checks.Q2Async(url, baseline: false, expected: byPath);
                    figures.Sizes["Q1"] = await CompressedSizes.MeasureAsync(url, q1, "Q1");
                    figures.Sizes["Q2"] = await CompressedSizes.MeasureAsync(url, q2, "Q2");
                    // Alternating, so a change in the machine's load hits both sides alike.
                    plan.AddRange([("B1", baselineUrl, b1), ("Q1", url, q1), ("B2", baselineUrl, b2), ("Q2", url, q2)]);
                    await RunPlanAsync(plan, figures, manifest, checks);
                    plan.Clear();
                    plan.Add(("Q3", url, await checks.Q3Async(url)));
                    plan.Add(("Q4", url, await checks.Q4Async(url, letters)));
                    plan.Add(("Q5", url, await checks.Q5Async(url, letters)));
                }
            }
            else
            {
                plan.Add(("Q1", url, (await checks.Q1Async(url, baseline: false, expected: null)).Request));
                plan.Add(("Q3", url, await checks.Q3Async(url)));
            }

            plan.Add(("Admin", url, await checks.AdminListAsync(url, cookie)));
            await RunPlanAsync(plan, figures, manifest, checks);
            figures.ServerPeakRssBytes = server.PeakRssBytes();
        }

        return figures;
    }

    private async Task RunPlanAsync(
        List<(string Name, string Url, LoadRequest Request)> plan, LoadFigures figures, DataManifest manifest, AnswerChecks checks)
    {
        foreach (var (name, url, request) in plan)
        {
            Console.Error.WriteLine($"  {name} at {manifest.Letters} letters: {_wrk.WarmUp.TotalSeconds:0} s warm-up, {_wrk.Measured.TotalSeconds:0} s measured");
            var before = await checks.AnswerAsync(url, request);
            figures.Results[name] = await _wrk.RunAsync($"{name}-{manifest.Letters}", url, request);
            var after = await checks.AnswerAsync(url, request);
            // The admin page carries a fresh antiforgery token each time; its status and rows were checked before.
            if (after.Status != before.Status || (name != "Admin" && after.Body != before.Body))
            {
                throw new BenchmarkException($"{name} answered differently after the load run than before it ({after.Status}): {after.Body}");
            }
        }
    }
}
