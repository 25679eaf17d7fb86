namespace Cms.Tests.GraphQL.Compatibility;

/// <summary>
/// Small equivalents of Orchard's theme recipes, written here from the facts (not copied): the Coming Soon page
/// (a flow of widgets, one of a type the site lacks, a form whose action calls workflow scripts, a WorkflowType step)
/// and the Menu migration (a menu of link and HTML entries, one with sub-entries).
/// </summary>
internal static class OrchardThemeRecipes
{
    public const string ComingSoon = """
        {
          "name": "ComingSoonLike",
          "issetuprecipe": true,
          "variables": { "pageId": "[js:uuid()]", "workflowTypeId": "[js:uuid()]", "activityId": "[js:uuid()]" },
          "steps": [
            { "name": "Feature", "enable": [ "OrchardCore.Flows", "OrchardCore.Forms", "OrchardCore.Workflows", "TheComingSoonTheme" ] },
            { "name": "themes", "admin": "TheAdmin", "site": "TheComingSoonTheme" },
            { "name": "ContentDefinition",
              "ContentTypes": [
                { "Name": "ComingSoon", "DisplayName": "Coming Soon", "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
                  "ContentTypePartDefinitionRecords": [
                    { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
                    { "PartName": "FlowPart", "Name": "FlowPart", "Settings": {} },
                    { "PartName": "FormPart", "Name": "FormPart", "Settings": {} } ] },
                { "Name": "Register", "DisplayName": "Register", "Settings": { "ContentTypeSettings": { "Stereotype": "Widget" } },
                  "ContentTypePartDefinitionRecords": [
                    { "PartName": "Register", "Name": "Register", "Settings": {} },
                    { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": {} } ] } ],
              "ContentParts": [
                { "Name": "Register", "Settings": {},
                  "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Button", "Settings": {} } ] } ] },
            { "name": "content",
              "data": [
                { "ContentItemId": "[js: variables('pageId')]", "ContentType": "ComingSoon", "DisplayText": "Coming soon",
                  "Latest": true, "Published": true,
                  "TitlePart": { "Title": "Coming soon" },
                  "FlowPart": { "Widgets": [
                    { "ContentItemId": "4validationsummary00000001", "ContentType": "ValidationSummary",
                      "ValidationSummaryPart": {}, "FlowMetadata": { "Alignment": 3, "Size": 100 } },
                    { "ContentItemId": "4registerwidget0000000001", "ContentType": "Register",
                      "HtmlBodyPart": { "Html": "<p>Sign up for news</p><script>steal()</script>" },
                      "Register": { "Button": { "Text": "Notify me" } },
                      "FlowMetadata": { "Alignment": 1, "Size": 50 } } ] },
                  "FormPart": {
                    "Action": "[js: getUrlPrefix('/workflows/invoke/' + encodeURI(createWorkflowToken(variables('workflowTypeId'), variables('activityId'))))]",
                    "Method": "POST" } } ] },
            { "name": "WorkflowType", "data": [ { "WorkflowTypeId": "[js: variables('workflowTypeId')]", "Name": "User Registration" } ] }
          ]
        }
        """;

    public const string Menu = """
        {
          "name": "MenuLike",
          "steps": [
            { "name": "ContentDefinition",
              "ContentTypes": [
                { "Name": "Menu", "DisplayName": "Menu", "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
                  "ContentTypePartDefinitionRecords": [
                    { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
                    { "PartName": "AliasPart", "Name": "AliasPart", "Settings": {} },
                    { "PartName": "MenuPart", "Name": "MenuPart", "Settings": {} },
                    { "PartName": "MenuItemsListPart", "Name": "MenuItemsListPart", "Settings": {} } ] },
                { "Name": "LinkMenuItem", "DisplayName": "Link Menu Item", "Settings": { "ContentTypeSettings": { "Stereotype": "MenuItem" } },
                  "ContentTypePartDefinitionRecords": [ { "PartName": "LinkMenuItemPart", "Name": "LinkMenuItemPart", "Settings": {} } ] },
                { "Name": "HtmlMenuItem", "DisplayName": "Html Menu Item", "Settings": { "ContentTypeSettings": { "Stereotype": "MenuItem" } },
                  "ContentTypePartDefinitionRecords": [ { "PartName": "HtmlMenuItemPart", "Name": "HtmlMenuItemPart", "Settings": {} } ] } ],
              "ContentParts": [ { "Name": "MenuItemPart", "Settings": {} } ] },
            { "name": "content",
              "data": [
                { "ContentItemId": "4mainmenu0000000000000001", "ContentType": "Menu", "DisplayText": "Main Menu", "Latest": true, "Published": true,
                  "TitlePart": { "Title": "Main Menu" }, "AliasPart": { "Alias": "main-menu" }, "MenuPart": {},
                  "MenuItemsListPart": { "MenuItems": [
                    { "ContentItemId": "4homelink0000000000000001", "ContentType": "LinkMenuItem", "DisplayText": "Home",
                      "LinkMenuItemPart": { "Name": "Home", "Url": "~/" } },
                    { "ContentItemId": "4aboutlink000000000000001", "ContentType": "LinkMenuItem", "DisplayText": "About",
                      "LinkMenuItemPart": { "Name": "About", "Url": "/about" },
                      "MenuItemsListPart": { "MenuItems": [
                        { "ContentItemId": "4teamlink0000000000000001", "ContentType": "LinkMenuItem",
                          "LinkMenuItemPart": { "Name": "Team", "Url": "/about/team", "Target": "_blank" } } ] } },
                    { "ContentItemId": "4donatehtml00000000000001", "ContentType": "HtmlMenuItem",
                      "HtmlMenuItemPart": { "Url": "https://example.org/donate", "Html": "<strong>Donate</strong><img src=x onerror=alert(1)>" } } ] } } ] }
          ]
        }
        """;

    public const string MenuQuery = """
        {
          menu(where: { alias: { alias: "main-menu" } }) {
            displayText
            menuItemsList {
              menuItems {
                __typename
                ... on LinkMenuItem {
                  displayText
                  linkMenuItem { name url target }
                  menuItemsList { menuItems { ... on LinkMenuItem { linkMenuItem { name url target } } } }
                }
                ... on HtmlMenuItem { htmlMenuItem { url html } }
              }
            }
          }
        }
        """;

    public const string FlowQuery = """
        {
          comingSoon {
            displayText
            flow { widgets { contentType ... on Register { button htmlBody { html } metadata { size alignment } } } }
          }
        }
        """;
}
