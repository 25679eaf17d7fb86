using Cms.Core.Definitions;

namespace Cms.Tests.GraphQL;

/// <summary>Definitions shaped like Orchard's Blog and dynamic-field test sites (written here, not copied).</summary>
internal static class GraphQLTestDefinitions
{
    public static ContentDefinitionDocument Site() => ContentDefinitionDocument.FromJson("""
    {
      "ContentTypeDefinitionRecords": [
        { "Name": "Blog", "DisplayName": "Blog", "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
          "ContentTypePartDefinitionRecords": [
            { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
            { "PartName": "ListPart", "Name": "ListPart", "Settings": { "ListPartSettings": { "ContainedContentTypes": [ "BlogPost" ] } } }
          ] },
        { "Name": "BlogPost", "DisplayName": "Blog Post", "Settings": { "ContentTypeSettings": { "Creatable": true, "Draftable": true, "Versionable": true } },
          "ContentTypePartDefinitionRecords": [
            { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
            { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "AllowCustomPath": true } } },
            { "PartName": "BlogPost", "Name": "BlogPost", "Settings": {} },
            { "PartName": "MarkdownBodyPart", "Name": "MarkdownBodyPart", "Settings": {} },
            { "PartName": "BagPart", "Name": "Signatories", "Settings": {} }
          ] },
        { "Name": "Product", "DisplayName": "Product", "Settings": { "ContentTypeSettings": { "Creatable": true } },
          "ContentTypePartDefinitionRecords": [
            { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
            { "PartName": "PricePart", "Name": "PricePart", "Settings": {} },
            { "PartName": "SkuPart", "Name": "SkuPart", "Settings": { "GraphQLContentTypePartSettings": { "Collapse": true } } },
            { "PartName": "MetadataPart", "Name": "MetadataPart",
              "Settings": { "GraphQLContentTypePartSettings": { "Collapse": true, "PreventFieldNameCollision": true } } },
            { "PartName": "InternalPart", "Name": "InternalPart", "Settings": { "GraphQLContentTypePartSettings": { "Hidden": true } } }
          ] },
        { "Name": "Kinds", "DisplayName": "Every scalar kind", "Settings": {},
          "ContentTypePartDefinitionRecords": [ { "PartName": "Kinds", "Name": "Kinds", "Settings": {} } ] },
        { "Name": "Signatory", "DisplayName": "Signatory", "Settings": { "ContentTypeSettings": { "Stereotype": "Widget" } },
          "ContentTypePartDefinitionRecords": [ { "PartName": "Signatory", "Name": "Signatory", "Settings": {} } ] },
        { "Name": "Secret", "DisplayName": "Secret", "Settings": { "GraphQLContentTypeSettings": { "Hidden": true } },
          "ContentTypePartDefinitionRecords": [] }
      ],
      "ContentPartDefinitionRecords": [
        { "Name": "BlogPost", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "TextField", "Name": "Subtitle", "Settings": {} },
            { "FieldName": "ContentPickerField", "Name": "Related", "Settings": {} } ] },
        { "Name": "PricePart", "ContentPartFieldDefinitionRecords": [ { "FieldName": "NumericField", "Name": "Amount", "Settings": {} } ] },
        { "Name": "SkuPart", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Sku", "Settings": {} } ] },
        { "Name": "MetadataPart", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "TextField", "Name": "Code", "Settings": {} },
            { "FieldName": "DateField", "Name": "AvailabilityDate", "Settings": {} } ] },
        { "Name": "InternalPart", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Note", "Settings": {} } ] },
        { "Name": "Kinds", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "TextField", "Name": "Text", "Settings": {} },
            { "FieldName": "NumericField", "Name": "Number", "Settings": {} },
            { "FieldName": "BooleanField", "Name": "Flag", "Settings": {} },
            { "FieldName": "DateField", "Name": "Day", "Settings": {} },
            { "FieldName": "DateTimeField", "Name": "Moment", "Settings": {} },
            { "FieldName": "TimeField", "Name": "Clock", "Settings": {} },
            { "FieldName": "LinkField", "Name": "Link", "Settings": {} },
            { "FieldName": "MediaField", "Name": "Image", "Settings": {} },
            { "FieldName": "MultiTextField", "Name": "Tags", "Settings": {} } ] },
        { "Name": "Signatory", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Name", "Settings": {} } ] }
      ]
    }
    """);
}
