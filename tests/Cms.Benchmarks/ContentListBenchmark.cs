using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cms.Benchmarks;

/// <summary>
/// Measures the admin's content list at scale: the server's time for a list page (first, deep by keyset,
/// deep by skipping, a search), through the real host, signed in with the login form. Prints figures only.
/// Usage: dotnet run -c Release --project tests/Cms.Benchmarks [-- itemCount]
/// </summary>
internal static class ContentListBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        const int runs = 20;

        using var site = new ContentListSite();
        var seeding = Stopwatch.StartNew();
        await site.SeedAsync(count, Console.Out);
        Console.WriteLine($"seeding took {seeding.Elapsed.TotalSeconds:N1} s");

        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/admin/login");
        var token = Regex.Match(login, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var signIn = await client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["UserName"] = "admin",
            ["Password"] = ContentListSite.AdminPassword,
        }));
        if (signIn.StatusCode != HttpStatusCode.Redirect)
        {
            Console.Error.WriteLine($"sign-in failed: {signIn.StatusCode}");
            return 1;
        }

        var first = await client.GetStringAsync("/admin/contents");
        Console.WriteLine("the list says: " + Regex.Match(first, "Page [0-9]+ of [0-9,]+ · [0-9,]+ item\\(s\\)").Value);

        // Walk 50 pages by keyset to have a deep cursor, as an editor paging on would.
        var deep = "/admin/contents";
        for (var i = 0; i < 50; i++)
        {
            var html = await client.GetStringAsync(deep);
            deep = "/admin/contents" + WebUtility.HtmlDecode(Regex.Match(html, "href=\"([^\"]+)\">Next</a>").Groups[1].Value);
        }

        var pages = new (string Name, string Url)[]
        {
            ("first page", "/admin/contents"),
            ("page 51 by keyset (Next)", deep),
            ($"page {count / 40:N0} by skipping (?p=)", $"/admin/contents?p={count / 40}"),
            ("search text", "/admin/contents?q=" + Uri.EscapeDataString("defenders")),
            ("drafts, sorted by title", "/admin/contents?q=" + Uri.EscapeDataString("status:draft sort:title")),
            ("dashboard", "/admin"),
        };
        Console.WriteLine($"{count:N0} items; {runs} runs each; milliseconds for the whole request (median / p95 / max)");
        foreach (var (name, url) in pages)
        {
            var times = new List<double>();
            for (var i = 0; i < runs + 2; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(url);
                await response.Content.ReadAsStringAsync();
                watch.Stop();
                if (!response.IsSuccessStatusCode)
                {
                    Console.Error.WriteLine($"{url}: {response.StatusCode}");
                    return 1;
                }

                if (i >= 2)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            Console.WriteLine($"{name,-36} {times[times.Count / 2],8:N1} {times[(int)(times.Count * 0.95) - 1],8:N1} {times[^1],8:N1}");
        }

        return 0;
    }
}
