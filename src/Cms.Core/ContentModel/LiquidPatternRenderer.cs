using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Definitions;
using Fluid;
using Fluid.Values;

namespace Cms.Core.ContentModel;

/// <summary>
/// Renders the Liquid patterns of part settings (TitlePart, AutoroutePart, AliasPart) against an item:
/// <c>ContentItem</c> and <c>Model.ContentItem</c> expose its metadata and parts, and the filters
/// <c>slugify</c>, <c>display_text</c> and <c>container</c> are available.
/// </summary>
internal sealed class LiquidPatternRenderer
{
    // Patterns come from definitions, so the cache stays small; the bound only guards against misuse.
    private const int MaxCachedPatterns = 1000;
    private const string ItemKey = "Cms.ContentItem";
    private const string ContainerKey = "Cms.Container";

    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options = new();
    private readonly ConcurrentDictionary<string, ParsedPattern> _cache = new(StringComparer.Ordinal);

    public LiquidPatternRenderer()
    {
        // A pattern runs on every save: a runaway loop must fail that save, not hang it.
        _options.MaxSteps = 10_000;
        _options.MaxRecursion = 20;
        _options.Filters.AddFilter("slugify", (input, _, _) => new StringValue(Slugify(input.ToStringValue())));
        _options.Filters.AddFilter("display_text", DisplayTextAsync);
        _options.Filters.AddFilter("container", Container);
    }

    public static LiquidPatternRenderer Default { get; } = new();

    /// <summary>Why the pattern does not parse, or null when it does.</summary>
    public string? GetParseError(string pattern) => Parse(pattern).Error;

    /// <summary>The validation message for a pattern setting that does not parse, or null when it parses.</summary>
    public string? DescribeInvalidPattern(string settingName, string? pattern) =>
        string.IsNullOrEmpty(pattern) || GetParseError(pattern) is not { } error
            ? null
            : $"The {settingName} setting is not a valid Liquid template: {error}";

    /// <summary>
    /// The rendered, trimmed pattern; null when it does not parse or fails while rendering. <paramref name="values"/>
    /// are extra top-level variables (the preview URL's <c>token</c>).
    /// </summary>
    public string? Render(string pattern, ContentItem item, ContentItem? container = null, IReadOnlyDictionary<string, string>? values = null)
    {
        if (Parse(pattern).Template is not { } template)
        {
            return null;
        }

        var itemValue = ToFluidValue(item);
        var context = new TemplateContext(_options);
        context.AmbientValues[ItemKey] = itemValue;
        context.AmbientValues[ContainerKey] = container is null ? NilValue.Instance : ToFluidValue(container);
        context.SetValue("ContentItem", itemValue);
        context.SetValue("Model", Dictionary(new Dictionary<string, FluidValue> { ["ContentItem"] = itemValue }));
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            context.SetValue(name, new StringValue(value));
        }

        try
        {
            return template.Render(context, NullEncoder.Default).Trim();
        }
        catch (Exception)
        {
            // Fluid reports step limits and bad filter arguments as assorted exceptions; a pattern that
            // cannot render leaves the value unchanged, as a pattern that does not parse does.
            return null;
        }
    }

    /// <summary>Lower-case, diacritics removed, every run of other characters one '-', no '-' at either end.</summary>
    public static string Slugify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var normalized = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        var pendingDash = false;
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingDash = true;
                continue;
            }

            if (pendingDash && builder.Length > 0)
            {
                builder.Append('-');
            }

            pendingDash = false;
            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private ParsedPattern Parse(string pattern)
    {
        if (_cache.TryGetValue(pattern, out var parsed))
        {
            return parsed;
        }

        parsed = _parser.TryParse(pattern, out var template, out var error)
            ? new ParsedPattern(template, null)
            : new ParsedPattern(null, error);
        if (_cache.Count >= MaxCachedPatterns)
        {
            _cache.Clear();
        }

        _cache[pattern] = parsed;
        return parsed;
    }

    private static ValueTask<FluidValue> DisplayTextAsync(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        input is DictionaryValue ? input.GetValueAsync("DisplayText", context) : new ValueTask<FluidValue>(input);

    private static ValueTask<FluidValue> Container(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        // Only the item being saved knows its container; any other input has none we could load here.
        new(ReferenceEquals(input, context.AmbientValues[ItemKey]) ? (FluidValue)context.AmbientValues[ContainerKey] : NilValue.Instance);

    private static DictionaryValue ToFluidValue(ContentItem item)
    {
        var parts = new Dictionary<string, FluidValue>(StringComparer.Ordinal);
        foreach (var (name, value) in item.Content)
        {
            parts[name] = FromJson(value);
        }

        var values = new Dictionary<string, FluidValue>(parts, StringComparer.Ordinal)
        {
            ["ContentItemId"] = new StringValue(item.ContentItemId),
            ["ContentItemVersionId"] = new StringValue(item.ContentItemVersionId),
            ["ContentType"] = new StringValue(item.ContentType),
            ["DisplayText"] = Text(item.DisplayText),
            ["Latest"] = BooleanValue.Create(item.Latest),
            ["Published"] = BooleanValue.Create(item.Published),
            ["ModifiedUtc"] = Date(item.ModifiedUtc),
            ["PublishedUtc"] = Date(item.PublishedUtc),
            ["CreatedUtc"] = Date(item.CreatedUtc),
            ["Owner"] = Text(item.Owner),
            ["Author"] = Text(item.Author),

            // Orchard's patterns also reach parts through ContentItem.Content.
            ["Content"] = Dictionary(parts),
        };
        return Dictionary(values);
    }

    private static FluidValue FromJson(JsonNode? node) => node switch
    {
        null => NilValue.Instance,
        JsonObject obj => Dictionary(obj.ToDictionary(p => p.Key, p => FromJson(p.Value), StringComparer.Ordinal)),
        JsonArray array => new ArrayValue(array.Select(FromJson).ToArray()),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => new StringValue(value.GetValue<string>()),
            JsonValueKind.Number => NumberValue.Create(SettingsReader.AsDecimal(value) ?? 0),
            JsonValueKind.True => BooleanValue.True,
            JsonValueKind.False => BooleanValue.False,
            _ => NilValue.Instance,
        },
        _ => NilValue.Instance,
    };

    private static DictionaryValue Dictionary(Dictionary<string, FluidValue> values) =>
        new(new FluidValueDictionaryFluidIndexable(values));

    private static FluidValue Text(string? value) => value is null ? NilValue.Instance : new StringValue(value);

    private static FluidValue Date(DateTime? value) =>
        value is null ? NilValue.Instance : new DateTimeValue(new DateTimeOffset(DateTime.SpecifyKind(value.Value, DateTimeKind.Utc)));

    private sealed record ParsedPattern(IFluidTemplate? Template, string? Error);
}
