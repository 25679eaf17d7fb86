namespace Cms.Benchmarks.Load;

/// <summary>One HTTP request as wrk sends it, over and over: method, path and query, headers, body.</summary>
internal sealed record LoadRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    public static LoadRequest PostJson(string path, string body) =>
        new("POST", path, new Dictionary<string, string> { ["Content-Type"] = "application/json" }, body);

    public static LoadRequest Get(string pathAndQuery, IReadOnlyDictionary<string, string>? headers = null) =>
        new("GET", pathAndQuery, headers ?? new Dictionary<string, string>(), null);

    /// <summary>The wrk Lua script that sends this request (a long bracket keeps the body verbatim).</summary>
    public string ToLua()
    {
        var lua = new System.Text.StringBuilder();
        lua.Append("wrk.method = ").Append(Quote(Method)).Append('\n');
        lua.Append("wrk.path = ").Append(Quote(PathAndQuery)).Append('\n');
        foreach (var (name, value) in Headers)
        {
            lua.Append("wrk.headers[ ").Append(Quote(name)).Append(" ] = ").Append(Quote(value)).Append('\n');
        }

        if (Body is not null)
        {
            lua.Append("wrk.body = ").Append(Quote(Body)).Append('\n');
        }

        return lua.ToString();
    }

    private static string Quote(string value)
    {
        var level = 0;
        while (value.Contains("]" + new string('=', level) + "]", StringComparison.Ordinal))
        {
            level++;
        }

        var equals = new string('=', level);
        return $"[{equals}[{value}]{equals}]";
    }
}
