namespace Cms.GraphQL.Schema;

/// <summary>How technical names become GraphQL names, as Orchard derives them (only the first letter changes).</summary>
internal static class GraphNames
{
    public static string Camel(string name) =>
        name.Length == 0 ? name : string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));

    public static string Pascal(string name) =>
        name.Length == 0 ? name : string.Concat(char.ToUpperInvariant(name[0]).ToString(), name.AsSpan(1));

    /// <summary>A part's field name: one trailing "Part" dropped, then camel case (HtmlBodyPart: htmlBody).</summary>
    public static string ForPart(string partName) =>
        Camel(partName.Length > 4 && partName.EndsWith("Part", StringComparison.Ordinal) ? partName[..^4] : partName);

    /// <summary>A root list field name (BlogPost: blogPost).</summary>
    public static string ForType(string contentType) => Camel(contentType);

    /// <summary>GraphQL names are [_A-Za-z][_0-9A-Za-z]*; a definition with another name cannot be exposed.</summary>
    public static bool IsValid(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return !name.StartsWith("__", StringComparison.Ordinal);
    }
}
