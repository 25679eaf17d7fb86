using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Cms.Core.Recipes;

namespace Cms.Tests.Recipes;

public sealed class JavaScriptEngineTests
{
    [Theory]
    [InlineData("[js: 5]", "5")]
    [InlineData("[js: 0.1 + 0.2]", "0.30000000000000004")]
    [InlineData("[js: 1e21]", "1e+21")]
    [InlineData("[js: true]", "True")]
    [InlineData("[js: 1 > 2]", "False")]
    [InlineData("[js: null]", "")]
    [InlineData("[js: 'a' + 'b']", "ab")]
    [InlineData("[js: ({ a: 1, b: [true] })]", """{"a":1,"b":[true]}""")]
    [InlineData("[js: new Date(0)]", "1970-01-01T00:00:00.000Z")]
    [InlineData("[js: base64('aGVsbG8gd29ybGQ=')]", "hello world")]
    [InlineData("[js: html('&lt;p&gt;a &amp; b&lt;/p&gt;')]", "<p>a & b</p>")]
    public async Task Evaluate_Expression_BecomesString(string value, string expected)
    {
        Assert.Equal(expected, await ScriptedRecipe.ValueAsync(value));
    }

    [Fact]
    public async Task Evaluate_Uuid_Gives26CharacterId()
    {
        var id = await ScriptedRecipe.ValueAsync("[js:uuid()]");

        Assert.Matches("^[0-9a-z]{26}$", id);
    }

    [Fact]
    public async Task Evaluate_DateToIsoString_GivesIsoText()
    {
        var now = await ScriptedRecipe.ValueAsync("[js: new Date().toISOString()]");

        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", now);
    }

    [Fact]
    public async Task Evaluate_Gzip_ReturnsUncompressedBytesAsBase64()
    {
        var original = Encoding.UTF8.GetBytes("binary payload");
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(original);
        }

        var result = await ScriptedRecipe.ValueAsync($"[js: gzip('{Convert.ToBase64String(buffer.ToArray())}')]");

        Assert.Equal(Convert.ToBase64String(original), result);
    }

    [Fact]
    public async Task Evaluate_GzipInflatingPastTheDefaultCap_FailsNamingStepAndPath()
    {
        // 400 KB of gzip once became 300 MB; 11 MB of zeros compresses to a few KB.
        var failure = await ScriptedRecipe.FailureAsync($"[js: gzip('{Gzip(new byte[11 * 1024 * 1024])}')]");

        Assert.Equal(0, failure.StepIndex);
        Assert.Equal("Capture", failure.StepName);
        Assert.Equal("$.steps[0].value", failure.JsonPath);
        Assert.Contains("gzip() may inflate at most 10,485,760 bytes", failure.Error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxGzipOutputBytes", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_GzipUnderTheCap_StillInflates()
    {
        var options = new Core.Recipes.Scripting.RecipeScriptOptions { MaxGzipOutputBytes = 1000 };

        var result = await ScriptedRecipe.ValueAsync($"[js: gzip('{Gzip(new byte[1000])}')]", options: options);

        Assert.Equal(Convert.ToBase64String(new byte[1000]), result);
    }

    [Fact]
    public async Task Evaluate_GzipCallsAddingUpPastTheCap_Fail()
    {
        var options = new Core.Recipes.Scripting.RecipeScriptOptions { MaxGzipOutputBytes = 1000 };
        var part = Gzip(new byte[600]);

        var failure = await ScriptedRecipe.FailureAsync($"[js: gzip('{part}') + gzip('{part}')]", options: options);

        Assert.Contains("gzip() may inflate at most 1,000 bytes", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_GzipCap_IsAtMostAQuarterOfTheMemoryLimit()
    {
        var options = new Core.Recipes.Scripting.RecipeScriptOptions { MemoryLimitBytes = 4 * 1024 * 1024 };

        var failure = await ScriptedRecipe.FailureAsync($"[js: gzip('{Gzip(new byte[2 * 1024 * 1024])}')]", options: options);

        Assert.Contains("gzip() may inflate at most 1,048,576 bytes", failure.Error.Message, StringComparison.Ordinal);
    }

    private static string Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    [Fact]
    public async Task Evaluate_ParametersAndConfiguration_ReadTheEnvironment()
    {
        var environment = new RecipeEnvironment
        {
            Parameters = new Dictionary<string, string?> { ["AdminUserId"] = "admin-id", ["SiteName"] = "ISHR" },
            Configuration = key => key == "OrchardCore_Admin:AdminUrlPrefix" ? "Manage" : null,
        };

        var step = await ScriptedRecipe.EvaluateAsync(
            """
            { "name": "Capture",
              "owner": "[js: parameters('AdminUserId')]",
              "site": "[js: parameters('SiteName')]",
              "missing": "[js: parameters('Nope')]",
              "prefix": "[js: configuration('OrchardCore_Admin:AdminUrlPrefix', 'Admin')]",
              "fallback": "[js: configuration('Other:Key', 'Default')]" }
            """,
            environment: environment);

        Assert.Equal("admin-id", step["owner"]!.GetValue<string>());
        Assert.Equal("ISHR", step["site"]!.GetValue<string>());
        Assert.Equal("", step["missing"]!.GetValue<string>());
        Assert.Equal("Manage", step["prefix"]!.GetValue<string>());
        Assert.Equal("Default", step["fallback"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("[js: while(true){}]")]
    [InlineData("[js: for(;;){ var a = 1; }]")]
    [InlineData("[js: 'x'.repeat(1e9)]")]
    [InlineData("[js: (function(){ var s = 'x'; while(true){ s = s + s; } })()]")]
    [InlineData("[js: (function(){ var a = []; while(true){ a.push({ n: a.length }); } })()]")]
    [InlineData("[js: new Array(1e9).fill(0).length]")]
    [InlineData("[js: (function f(){ return f(); })()]")]
    [InlineData("[js: System.IO.File.ReadAllText('/etc/passwd')]")]
    [InlineData("[js: importNamespace('System.IO').File.ReadAllText('/etc/passwd')]")]
    [InlineData("[js: eval('1 + 1')]")]
    [InlineData("[js: Function('return 1')()]")]
    [InlineData("[js: uuid.constructor('return 1')()]")]
    public async Task Evaluate_HostileScript_FailsQuicklyWithClearMessage(string value)
    {
        var clock = Stopwatch.StartNew();

        var failure = await ScriptedRecipe.FailureAsync(value);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal("$.steps[0].value", failure.JsonPath);
        Assert.StartsWith("The script 'js:", failure.Error.Message, StringComparison.Ordinal);
        Assert.Contains("failed:", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_InfiniteLoop_ReportsTheLimit()
    {
        var failure = await ScriptedRecipe.FailureAsync("[js: while(true){}]");

        Assert.Contains("statements", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_SlowLoopUnderStatementLimit_ReportsTimeLimit()
    {
        var options = new Core.Recipes.Scripting.RecipeScriptOptions
        {
            Timeout = TimeSpan.FromMilliseconds(300),
            MaxStatements = int.MaxValue,
        };

        var failure = await ScriptedRecipe.FailureAsync("[js: while(true){}]", options: options);

        Assert.Contains("time limit", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_ClrAccess_IsNotDefined()
    {
        var failure = await ScriptedRecipe.FailureAsync("[js: System.IO.File]");

        Assert.Contains("ReferenceError: System is not defined", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_GlobalsDefinedByOneScript_AreNotSeenByTheNext()
    {
        var step = await ScriptedRecipe.EvaluateAsync(
            """{ "name": "Capture", "a": "[js: leaked = 'yes']", "b": "[js: typeof leaked]" }""");

        Assert.Equal("yes", step["a"]!.GetValue<string>());
        Assert.Equal("undefined", step["b"]!.GetValue<string>());
    }

    [Fact]
    public async Task Evaluate_SyntaxError_FailsNamingTheScript()
    {
        var failure = await ScriptedRecipe.FailureAsync("[js: (1 +]");

        Assert.Contains("syntax error", failure.Error.Message, StringComparison.Ordinal);
    }
}
