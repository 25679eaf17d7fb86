using Cms.Core.Definitions;

namespace Cms.Tests.GraphQL;

/// <summary>
/// The landing page of Orchard's Agency recipe, as facts (written here, not copied): a LandingPage type with five
/// named bags (Services, Portfolio, About, Team, Clients), each holding one widget type; the images are MediaFields
/// that allow one file.
/// </summary>
internal static class AgencyTestDefinitions
{
    public const string LandingQuery = """
        query LandingPage {
          landingPage {
            displayText
            path
            services { contentItems { ... on Service { displayText iconClass htmlBody { html } } } }
            portfolio { contentItems { ... on Project { displayText category image { files { url mediaText } } htmlBody { html } } } }
            about { contentItems { ... on Milestone { displayText date image { files { url mediaText } } htmlBody { html } } } }
            team { contentItems { ... on TeamMember { displayText occupation twitter facebook linkedIn picture { files { url mediaText } } } } }
            clients { contentItems { ... on Client { displayText url logo { files { url } } } } }
          }
        }
        """;

    public static ContentDefinitionDocument Site() => ContentDefinitionDocument.FromJson("""
    {
      "ContentTypeDefinitionRecords": [
        { "Name": "LandingPage", "DisplayName": "Landing Page", "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
          "ContentTypePartDefinitionRecords": [
            { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
            { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "AllowCustomPath": true } } },
            { "PartName": "BagPart", "Name": "Services", "Settings": { "BagPartSettings": { "ContainedContentTypes": [ "Service" ] } } },
            { "PartName": "BagPart", "Name": "Portfolio", "Settings": { "BagPartSettings": { "ContainedContentTypes": [ "Project" ] } } },
            { "PartName": "BagPart", "Name": "About", "Settings": { "BagPartSettings": { "ContainedContentTypes": [ "Milestone" ] } } },
            { "PartName": "BagPart", "Name": "Team", "Settings": { "BagPartSettings": { "ContainedContentTypes": [ "TeamMember" ] } } },
            { "PartName": "BagPart", "Name": "Clients", "Settings": { "BagPartSettings": { "ContainedContentTypes": [ "Client" ] } } }
          ] },
        { "Name": "Service", "DisplayName": "Service", "Settings": {},
          "ContentTypePartDefinitionRecords": [
            { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
            { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": {} },
            { "PartName": "Service", "Name": "Service", "Settings": {} } ] },
        { "Name": "Project", "DisplayName": "Project", "Settings": {},
          "ContentTypePartDefinitionRecords": [
            { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
            { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": {} },
            { "PartName": "Project", "Name": "Project", "Settings": {} } ] },
        { "Name": "Milestone", "DisplayName": "Milestone", "Settings": {},
          "ContentTypePartDefinitionRecords": [
            { "PartName": "Milestone", "Name": "Milestone", "Settings": {} },
            { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
            { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": {} } ] },
        { "Name": "TeamMember", "DisplayName": "Team Member", "Settings": {},
          "ContentTypePartDefinitionRecords": [
            { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
            { "PartName": "TeamMember", "Name": "TeamMember", "Settings": {} } ] },
        { "Name": "Client", "DisplayName": "Client", "Settings": {},
          "ContentTypePartDefinitionRecords": [
            { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
            { "PartName": "Client", "Name": "Client", "Settings": {} } ] }
      ],
      "ContentPartDefinitionRecords": [
        { "Name": "Service", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "IconClass", "Settings": {} } ] },
        { "Name": "Project", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "TextField", "Name": "Category", "Settings": {} },
            { "FieldName": "MediaField", "Name": "Image", "Settings": { "MediaFieldSettings": { "Required": true, "Multiple": false } } } ] },
        { "Name": "Milestone", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "TextField", "Name": "Date", "Settings": {} },
            { "FieldName": "MediaField", "Name": "Image", "Settings": { "MediaFieldSettings": { "Required": true, "Multiple": false } } } ] },
        { "Name": "TeamMember", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "TextField", "Name": "Occupation", "Settings": {} },
            { "FieldName": "MediaField", "Name": "Picture", "Settings": { "MediaFieldSettings": { "Required": true, "Multiple": false } } },
            { "FieldName": "TextField", "Name": "Twitter", "Settings": {} },
            { "FieldName": "TextField", "Name": "Facebook", "Settings": {} },
            { "FieldName": "TextField", "Name": "LinkedIn", "Settings": {} } ] },
        { "Name": "Client", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "MediaField", "Name": "Logo", "Settings": { "MediaFieldSettings": { "Required": true, "Multiple": false } } },
            { "FieldName": "TextField", "Name": "Url", "Settings": {} } ] }
      ]
    }
    """);
}
