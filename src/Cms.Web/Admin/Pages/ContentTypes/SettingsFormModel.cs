using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.ContentTypes;

/// <summary>What the settings partial renders: the descriptors, the stored settings and the choices for type and taxonomy lists.</summary>
public sealed record SettingsFormModel(
    IReadOnlyList<SettingDescriptor> Descriptors,
    JsonObject Settings,
    IReadOnlyList<(string Name, string DisplayName)> Types,
    IReadOnlyList<(string ContentItemId, string Title)> Taxonomies,
    IReadOnlyDictionary<string, string> Errors);
