namespace Cms.Core.Security;

/// <summary>The bundled list of common and breached-style passwords (an embedded resource; no network lookup).</summary>
internal static class CommonPasswords
{
    private const string ResourceName = "Cms.Core.Security.CommonPasswords.txt";

    private static readonly Lazy<HashSet<string>> Entries = new(Load);

    public static int Count => Entries.Value.Count;

    public static bool Contains(string password) => Entries.Value.Contains(password);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from Cms.Core.");
        using var reader = new StreamReader(stream);
        var entries = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                entries.Add(line);
            }
        }

        return entries;
    }
}
