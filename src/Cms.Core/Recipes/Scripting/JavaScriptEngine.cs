using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Acornima.Ast;
using Cms.Core.ContentModel;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace Cms.Core.Recipes.Scripting;

/// <summary>
/// <c>[js: ...]</c> with Jint in a sandbox: no CLR access, no eval, time, memory, statement and recursion limits.
/// Each evaluation gets a fresh engine (nothing a script defines survives it); parsed scripts are cached by text.
/// </summary>
internal sealed class JavaScriptEngine : IRecipeScriptEngine
{
    // Distinct script texts are few per recipe; the cap only bounds a process that runs many generated recipes.
    private const int MaxCachedScripts = 2048;

    private readonly ConcurrentDictionary<string, Prepared<Script>> preparedScripts = new(StringComparer.Ordinal);
    private readonly RecipeScriptOptions options;

    public JavaScriptEngine(RecipeScriptOptions options)
    {
        options.Validate();
        this.options = options;
    }

    public string Prefix => "js";

    public string Evaluate(string script, RecipeScriptScope scope)
    {
        var prepared = Prepare(script);
        var engine = CreateEngine(scope);
        try
        {
            return ToRecipeString(engine, engine.Evaluate(prepared));
        }
        catch (ExecutionCanceledException ex)
        {
            throw new OperationCanceledException("The recipe run was cancelled.", ex, scope.CancellationToken);
        }
        catch (TimeoutException ex)
        {
            throw Fail(script, $"it ran longer than the {options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s time limit", ex);
        }
        catch (MemoryLimitExceededException ex)
        {
            throw Fail(script, $"it allocated more than the {options.MemoryLimitBytes / (1024 * 1024)} MB memory limit", ex);
        }
        catch (StatementsCountOverflowException ex)
        {
            throw Fail(script, $"it ran more than {options.MaxStatements} statements", ex);
        }
        catch (RecursionDepthOverflowException ex)
        {
            throw Fail(script, $"it nested calls deeper than {options.MaxRecursionDepth}", ex);
        }
        catch (JavaScriptException ex)
        {
            throw Fail(script, DescribeError(ex), ex);
        }
        catch (OutOfMemoryException ex)
        {
            // A single huge allocation can outrun the memory constraint, which is checked between statements.
            throw Fail(script, "it tried to allocate more memory than is available", ex);
        }
    }

    private Prepared<Script> Prepare(string script)
    {
        if (preparedScripts.TryGetValue(script, out var cached))
        {
            return cached;
        }

        Prepared<Script> prepared;
        try
        {
            prepared = Engine.PrepareScript(script);
        }
        catch (ScriptPreparationException ex)
        {
            throw Fail(script, $"syntax error: {(ex.InnerException ?? ex).Message}", ex);
        }

        if (preparedScripts.Count >= MaxCachedScripts)
        {
            preparedScripts.Clear();
        }

        preparedScripts.TryAdd(script, prepared);
        return prepared;
    }

    private Engine CreateEngine(RecipeScriptScope scope)
    {
        var engine = new Engine(o =>
        {
            o.TimeoutInterval(options.Timeout);
            o.LimitMemory(options.MemoryLimitBytes);
            o.MaxStatements(options.MaxStatements);
            o.LimitRecursion(options.MaxRecursionDepth);
            o.CancellationToken(scope.CancellationToken);
            o.DisableStringCompilation();
            o.Interop.Enabled = false;
        });

        Define(engine, "uuid", _ => IdGenerator.NewId());
        Define(engine, "base64", args => DecodeBase64(StringArgument(args, 0, "base64")));
        Define(engine, "html", args => WebUtility.HtmlDecode(StringArgument(args, 0, "html")));
        // One budget per evaluation, so a script cannot add up many calls that are each under the cap.
        var gzipBudget = options.GzipOutputCap;
        Define(engine, "gzip", args =>
        {
            var bytes = Gunzip(StringArgument(args, 0, "gzip"), gzipBudget, options.GzipOutputCap, scope.CancellationToken);
            gzipBudget -= bytes.Length;
            return Convert.ToBase64String(bytes);
        });
        Define(engine, "variables", args => ToJsValue(engine, scope.GetVariable(StringArgument(args, 0, "variables"))));
        Define(engine, "parameters", args =>
            scope.Environment.Parameters.TryGetValue(StringArgument(args, 0, "parameters"), out var value) && value is not null
                ? new JsString(value)
                : JsValue.Null);
        Define(engine, "configuration", args =>
            scope.Environment.Configuration(StringArgument(args, 0, "configuration")) is { } value
                ? new JsString(value)
                : args.Length > 1 ? args[1] : JsValue.Null);
        Define(engine, "getUrlPrefix", args => UrlPrefix(scope.Environment.PathBase, OptionalString(args, 0), args.Length > 1 && TypeConverter.ToBoolean(args[1])));
        Define(engine, "log", args =>
        {
            scope.AddNote($"Script log ({OptionalString(args, 0) ?? "Information"}): {OptionalString(args, 1)}");
            return JsValue.Undefined;
        });
        foreach (var (function, module) in UnavailableScriptFunctions.ModuleByFunction)
        {
            Define(engine, function, (Func<JsValue[], JsValue>)(_ => throw new RecipeScriptUnavailableException(function, module)));
        }

        return engine;
    }

    /// <summary>
    /// Orchard's getUrlPrefix: the site's path base ("/" at the root) followed by the path without its outer slashes;
    /// escaped, each segment is percent-encoded as a URL path needs.
    /// </summary>
    private static string UrlPrefix(string pathBase, string? path, bool escaped)
    {
        var trimmed = (path ?? "").Trim(' ', '/');
        var prefix = pathBase.TrimEnd('/');
        var combined = trimmed.Length == 0 ? (prefix.Length == 0 ? "/" : prefix) : $"{prefix}/{trimmed}";
        return escaped ? string.Join('/', combined.Split('/').Select(Uri.EscapeDataString)) : combined;
    }

    private static string? OptionalString(JsValue[] args, int index) =>
        args.Length > index && !args[index].IsNull() && !args[index].IsUndefined() ? TypeConverter.ToString(args[index]) : null;

    private static void Define(Engine engine, string name, Func<JsValue[], JsValue> body) =>
        engine.SetValue(name, new ClrFunction(engine, name, (_, args) => body(args)));

    private static void Define(Engine engine, string name, Func<JsValue[], string> body) =>
        Define(engine, name, args => (JsValue)new JsString(body(args)));

    private static string StringArgument(JsValue[] args, int index, string function) =>
        args.Length > index && !args[index].IsNull() && !args[index].IsUndefined()
            ? TypeConverter.ToString(args[index])
            : throw new RecipeScriptException($"{function}() needs an argument.");

    private static string DecodeBase64(string value)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(value));
        }
        catch (FormatException ex)
        {
            throw new RecipeScriptException($"base64() was given text that is not base64: '{RecipeScriptScope.Shorten(value)}'.", ex);
        }
    }

    /// <summary>Inflates at most <paramref name="budget"/> bytes; data that inflates to more is refused, not truncated.</summary>
    private static byte[] Gunzip(string value, long budget, long cap, CancellationToken cancellationToken)
    {
        try
        {
            using var input = new MemoryStream(Convert.FromBase64String(value));
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81_920];
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (output.Length + read > budget)
                {
                    throw new RecipeScriptException(
                        $"gzip() may inflate at most {cap:N0} bytes in one script ({RecipeScriptOptions.SectionName}:MaxGzipOutputBytes, " +
                        "at most a quarter of MemoryLimitBytes), and this data inflates to more.");
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException)
        {
            throw new RecipeScriptException("gzip() was given text that is not base64-encoded gzip data.", ex);
        }
    }

    private static JsValue ToJsValue(Engine engine, JsonNode? node) => node switch
    {
        null => JsValue.Null,
        JsonValue value when value.TryGetValue<string>(out var s) => new JsString(s),
        JsonValue value when value.TryGetValue<bool>(out var b) => b ? JsBoolean.True : JsBoolean.False,
        JsonValue value when value.TryGetValue<double>(out var d) => new JsNumber(d),
        _ => new JsonParser(engine).Parse(node.ToJsonString()),
    };

    /// <summary>Orchard stores every result as a string: booleans as .NET prints them, numbers as JavaScript does.</summary>
    private static string ToRecipeString(Engine engine, JsValue value)
    {
        if (value.IsUndefined() || value.IsNull())
        {
            return "";
        }

        if (value.IsBoolean())
        {
            return value.AsBoolean() ? "True" : "False";
        }

        if (value.IsString() || value.IsNumber() || value.IsBigInt())
        {
            return TypeConverter.ToString(value);
        }

        // Objects and arrays as JSON (Orchard printed a .NET type name); a Date becomes its ISO text.
        var json = new JsonSerializer(engine).Serialize(value);
        if (json.IsString())
        {
            var text = json.AsString();
            return text.Length >= 2 && text[0] == '"' && text[^1] == '"'
                ? JsonNode.Parse(text)!.GetValue<string>()
                : text;
        }

        return value.ToString();
    }

    private static string DescribeError(JavaScriptException ex)
    {
        try
        {
            return TypeConverter.ToString(ex.Error);
        }
        catch (JavaScriptException)
        {
            return ex.Message;
        }
    }

    private static RecipeScriptException Fail(string script, string reason, Exception inner) =>
        new($"The script 'js:{RecipeScriptScope.Shorten(script)}' failed: {reason}.", inner);
}
