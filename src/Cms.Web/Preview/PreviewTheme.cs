using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Fluid;
using Microsoft.Extensions.FileProviders;

namespace Cms.Web.Preview;

/// <summary>
/// The Liquid templates of the preview theme: <c>{Type}.liquid</c> for an item (else <c>Item.liquid</c>),
/// <c>List.liquid</c> for a list, wrapped in <c>Layout.liquid</c>; partials through <c>render</c>.
/// Templates are parsed once and again when their file changes.
/// </summary>
public sealed class PreviewTheme
{
    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options = new();
    private readonly ConcurrentDictionary<string, (DateTime Stamp, IFluidTemplate Template)> _cache = new(StringComparer.Ordinal);

    public PreviewTheme(string folder)
    {
        Folder = folder;
        Directory.CreateDirectory(folder);
        _options.FileProvider = new PhysicalFileProvider(folder);
        _options.MaxSteps = 200_000;
        _options.MemberAccessStrategy = new UnsafeMemberAccessStrategy();
    }

    public string Folder { get; }

    public Task<string> RenderItemAsync(string contentType, IReadOnlyDictionary<string, object?> model, string siteName)
    {
        var name = File.Exists(Path.Combine(Folder, contentType + ".liquid")) ? contentType : "Item";
        return RenderPageAsync(name, model, siteName, model.TryGetValue("title", out var title) ? title as string : null);
    }

    public Task<string> RenderListAsync(IReadOnlyDictionary<string, object?> model, string siteName) =>
        RenderPageAsync("List", model, siteName, model["type_display_name"] as string);

    private async Task<string> RenderPageAsync(string templateName, IReadOnlyDictionary<string, object?> model, string siteName, string? title)
    {
        var body = await RenderAsync(templateName, model);
        var layout = new Dictionary<string, object?>(model)
        {
            ["body"] = body,
            ["site_name"] = siteName,
            ["title"] = title ?? siteName,
            ["css"] = File.Exists(Path.Combine(Folder, "theme.css")) ? await File.ReadAllTextAsync(Path.Combine(Folder, "theme.css")) : "",
        };
        return await RenderAsync("Layout", layout);
    }

    private async Task<string> RenderAsync(string templateName, IReadOnlyDictionary<string, object?> model)
    {
        var template = Load(templateName);
        var context = new TemplateContext(_options);
        foreach (var (key, value) in model)
        {
            context.SetValue(key, value);
        }

        try
        {
            return await template.RenderAsync(context, HtmlEncoder.Default);
        }
        catch (Exception exception) when (exception is not PreviewTemplateException)
        {
            throw new PreviewTemplateException($"The preview template '{templateName}.liquid' failed while rendering: {exception.Message}", exception);
        }
    }

    private IFluidTemplate Load(string templateName)
    {
        var path = Path.Combine(Folder, templateName + ".liquid");
        if (!File.Exists(path))
        {
            throw new PreviewTemplateException($"The preview theme in '{Folder}' has no template '{templateName}.liquid'.");
        }

        var stamp = File.GetLastWriteTimeUtc(path);
        if (_cache.TryGetValue(path, out var cached) && cached.Stamp == stamp)
        {
            return cached.Template;
        }

        if (!_parser.TryParse(File.ReadAllText(path), out var template, out var error))
        {
            throw new PreviewTemplateException($"The preview template '{templateName}.liquid' cannot be parsed: {error}");
        }

        _cache[path] = (stamp, template);
        return template;
    }
}
