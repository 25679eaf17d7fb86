using System.Buffers;
using System.Text.RegularExpressions;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.AutoroutePart;

/// <summary>
/// AutoroutePart: <c>{ "Path", "SetHomepage", "Disabled", "RouteContainedItems", "Absolute" }</c>.
/// The path is generated from the pattern when empty (always, without AllowCustomPath) and stored without
/// a leading slash. Uniqueness needs the store, so the storage layer checks it.
/// </summary>
internal sealed partial class AutoroutePartKind : IContentPartKind
{
    public const int MaxPathLength = 1024;

    private const string InvalidCharacterList = ":?#[]@!$&'()*+,.;=<>\\|%";
    private static readonly SearchValues<char> InvalidCharacters = SearchValues.Create(InvalidCharacterList);

    public const string KindName = "AutoroutePart";

    public string Name => KindName;

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [
        SettingDescriptor.Text(AutoroutePartSettings.Key, "Pattern", "Pattern (Liquid)"),
        SettingDescriptor.Flag(AutoroutePartSettings.Key, "AllowCustomPath", "Editors may change the path"),
        SettingDescriptor.Flag(AutoroutePartSettings.Key, "AllowUpdatePath", "Regenerate the path on every save"),
    ];

    public void Prepare(ContentPartContext context)
    {
        if (!ContentJson.TryGetString(context.Part, "Path", out var path) || ContentJson.GetBool(context.Part, "Disabled"))
        {
            return;
        }

        var settings = AutoroutePartSettings.From(context.TypePart);
        if ((string.IsNullOrWhiteSpace(path) || !settings.AllowCustomPath)
            && LiquidPatternRenderer.Default.Render(settings.Pattern, context.Item, context.Container) is { Length: > 0 } generated)
        {
            path = CleanGenerated(generated);
        }

        // "/" alone is kept so validation can say why it is refused.
        if (path is { Length: > 1 } && path[0] == '/')
        {
            path = path.TrimStart('/');
        }

        if (path is not null)
        {
            context.Part["Path"] = path;
        }
    }

    public void Validate(ContentPartContext context, ContentValidationResult result)
    {
        PartJson.ValidatePattern(context, "AutoroutePartSettings.Pattern", AutoroutePartSettings.From(context.TypePart).Pattern, result);
        if (PartJson.ReadString(context, "Path", result) is { Length: > 0 } path)
        {
            var pointer = PartJson.Pointer(context, "Path");
            foreach (var message in ValidatePath(path))
            {
                result.Add(pointer, message);
            }
        }
    }

    public void Index(ContentPartContext context, ContentIndexEntries entries)
    {
        if (!ContentJson.GetBool(context.Part, "Disabled")
            && ContentJson.GetString(context.Part, "Path")?.TrimStart('/') is { Length: > 0 } path)
        {
            entries.RoutePath = path;
        }
    }

    /// <summary>Every rule the path breaks, as messages; none when it is a valid path.</summary>
    public static IEnumerable<string> ValidatePath(string path)
    {
        if (path == "/")
        {
            yield return "The path can't be '/' alone; use the homepage option to route the home page.";
            yield break;
        }

        if (path.Length > MaxPathLength)
        {
            yield return $"The path can't be longer than {MaxPathLength} characters.";
        }

        if (path.AsSpan().ContainsAny(InvalidCharacters))
        {
            var found = string.Concat(path.Where(InvalidCharacters.Contains).Distinct());
            yield return $"The path can't contain any of {InvalidCharacterList} (found {found}).";
        }

        if (path.Any(char.IsWhiteSpace))
        {
            yield return "The path can't contain spaces.";
        }

        if (path.Contains("//", StringComparison.Ordinal))
        {
            yield return "The path can't contain '//'.";
        }
    }

    /// <summary>
    /// A pattern with an empty piece (no container, no title) renders "/post" or "a//b"; the path keeps
    /// only the non-empty segments, within the length limit.
    /// </summary>
    private static string CleanGenerated(string generated)
    {
        var path = RepeatedSlashes().Replace(generated.Trim(), "/").Trim('/');
        return path.Length > MaxPathLength ? path[..MaxPathLength].TrimEnd('/') : path;
    }

    [GeneratedRegex("/{2,}")]
    private static partial Regex RepeatedSlashes();
}
