using System.Text.Json.Nodes;
using Cms.Core.Definitions;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.Web.Admin.Pages.Contents.Editors;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>
/// The choices the content list's filter controls offer: listable types, owners, and the terms of every taxonomy a
/// taxonomy field uses (grouped by that field's name, only terms the caller may read).
/// </summary>
public sealed class ContentListControls
{
    public static IReadOnlyList<int> PageSizes { get; } = [10, 20, 50, 100];

    public static IReadOnlyList<(string Value, string Text)> Statuses { get; } =
        [("", "Any status"), ("draft", "Draft"), ("published", "Published"), ("scheduled", "Scheduled")];

    public IReadOnlyList<(string Name, string DisplayName)> Types { get; private init; } = [];

    public IReadOnlyList<(string UserId, string UserName)> Owners { get; private init; } = [];

    /// <summary>Each taxonomy's terms under the label of the field that uses it.</summary>
    public IReadOnlyList<(string Label, IReadOnlyList<(string Id, string Text)> Terms)> TermGroups { get; private init; } = [];

    internal static async Task<ContentListControls> LoadAsync(SqlSession session, AdminCaller caller, CancellationToken cancellationToken)
    {
        var types = caller.Definitions.Types.Where(t => t.TypeSettings.Listable && caller.CanAny(ContentAction.Preview, t.Name)).ToList();
        var owners = (await SecurityStore.ListUsersAsync(session, cancellationToken))
            .OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)
            .Select(u => (u.UserId, u.UserName)).ToList();
        var groups = new List<(string, IReadOnlyList<(string, string)>)>();
        if (types.Count > 0)
        {
            var lookups = await EditorLookups.LoadAsync(session, types[0], new JsonObject(), null, caller.Definitions, caller.CanRead, cancellationToken);
            var fieldLabels = caller.Definitions.Parts.SelectMany(p => p.Fields)
                .Where(f => f.FieldName == "TaxonomyField")
                .Select(f => (Taxonomy: SettingsReader.GetString(f.Settings, "TaxonomyFieldSettings", "TaxonomyContentItemId"), Label: f.DisplayName))
                .Where(f => f.Taxonomy is { Length: > 0 })
                .GroupBy(f => f.Taxonomy!, StringComparer.Ordinal);
            foreach (var field in fieldLabels)
            {
                if (lookups.TermsByTaxonomy.TryGetValue(field.Key, out var terms) && terms.Count > 0)
                {
                    groups.Add((string.Join(", ", field.Select(f => f.Label).Distinct(StringComparer.Ordinal)), terms));
                }
            }
        }

        return new ContentListControls
        {
            Types = types.Select(t => (t.Name, t.DisplayName)).ToList(),
            Owners = owners,
            TermGroups = groups,
        };
    }
}
