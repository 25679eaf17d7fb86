using Cms.Core.Definitions;

namespace Cms.Core.Recipes.Steps;

/// <summary>
/// Types that Orchard's features create when they are enabled (their data migrations), so recipes that
/// rely on them (the Blog's Taxonomy and Menu items) import here too. Only added when missing: a recipe
/// or an admin that changed them keeps its version.
/// </summary>
internal static class FeatureDefinitions
{
    private static readonly Dictionary<string, string> TypesByFeature = new(StringComparer.OrdinalIgnoreCase)
    {
        ["OrchardCore.Taxonomies"] = """
            { "ContentTypeDefinitionRecords": [ { "Name": "Taxonomy", "DisplayName": "Taxonomy",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "1" } } },
                { "PartName": "AliasPart", "Name": "AliasPart", "Settings": { "ContentTypePartSettings": { "Position": "2" },
                  "AliasPartSettings": { "Pattern": "{{ Model.ContentItem | display_text | slugify }}" } } },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "ContentTypePartSettings": { "Position": "3" },
                  "AutoroutePartSettings": { "Pattern": "{{ Model.ContentItem | display_text | slugify }}", "AllowRouteContainedItems": true } } },
                { "PartName": "TaxonomyPart", "Name": "TaxonomyPart", "Settings": { "ContentTypePartSettings": { "Position": "4" } } } ] } ] }
            """,
        ["OrchardCore.Menu"] = """
            { "ContentTypeDefinitionRecords": [
              { "Name": "Menu", "DisplayName": "Menu", "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
                "ContentTypePartDefinitionRecords": [
                  { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "1" } } },
                  { "PartName": "AliasPart", "Name": "AliasPart", "Settings": { "ContentTypePartSettings": { "Position": "2" },
                    "AliasPartSettings": { "Pattern": "{{ Model.ContentItem | display_text | slugify }}" } } },
                  { "PartName": "MenuPart", "Name": "MenuPart", "Settings": { "ContentTypePartSettings": { "Position": "3" } } },
                  { "PartName": "MenuItemsListPart", "Name": "MenuItemsListPart", "Settings": { "ContentTypePartSettings": { "Position": "4" } } } ] },
              { "Name": "LinkMenuItem", "DisplayName": "Link Menu Item", "Settings": { "ContentTypeSettings": { "Stereotype": "MenuItem" } },
                "ContentTypePartDefinitionRecords": [ { "PartName": "LinkMenuItemPart", "Name": "LinkMenuItemPart" } ] },
              { "Name": "ContentMenuItem", "DisplayName": "Content Menu Item", "Settings": { "ContentTypeSettings": { "Stereotype": "MenuItem" } },
                "ContentTypePartDefinitionRecords": [ { "PartName": "ContentMenuItemPart", "Name": "ContentMenuItemPart" } ] } ] }
            """,
    };

    /// <summary>Adds the types a feature brings when they are not defined yet; returns how many were added.</summary>
    public static int AddMissingTypes(string featureId, ContentDefinitionDocument definitions)
    {
        if (!TypesByFeature.TryGetValue(featureId, out var json))
        {
            return 0;
        }

        var added = 0;
        foreach (var type in ContentDefinitionDocument.FromJson(json).Types)
        {
            if (definitions.FindType(type.Name) is null)
            {
                definitions.Types.Add(type);
                added++;
            }
        }

        return added;
    }
}
