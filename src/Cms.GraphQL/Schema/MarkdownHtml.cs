using Cms.Core.Definitions;
using Cms.Core.Fields.MarkdownField;
using Cms.Core.Parts.MarkdownBodyPart;
using Cms.GraphQL.Execution;
using GraphQL;

namespace Cms.GraphQL.Schema;

/// <summary>
/// The <c>html</c> member of MarkdownBodyPart and MarkdownField: Core's renderer, sanitised unless the
/// part's or field's SanitizeHtml setting is off. Settings are read per item, since one graph type serves
/// every content type that uses the part or field.
/// </summary>
internal static class MarkdownHtml
{
    public static string? ForPart(IResolveFieldContext resolve, PartSource source)
    {
        if (JsonValues.String(source.Part?["Markdown"]) is not { } markdown)
        {
            return null;
        }

        var typePart = TypePart(resolve, source);
        var sanitize = typePart is null || MarkdownBodyPartSettings.From(typePart).SanitizeHtml;
        return MarkdownRenderer.ToHtml(markdown, sanitize);
    }

    public static string? ForField(IResolveFieldContext resolve, FieldSource source)
    {
        if (JsonValues.String(source.Value["Markdown"]) is not { } markdown)
        {
            return null;
        }

        var definitions = GraphQLRequestContext.From(resolve).Definitions;
        var field = TypePart(resolve, source.Part) is { } typePart
            ? definitions.FindPart(typePart.PartName)?.FindField(source.FieldName)
            : null;
        var sanitize = field is null || MarkdownFieldSettings.From(field).SanitizeHtml;
        return MarkdownRenderer.ToHtml(markdown, sanitize);
    }

    private static ContentTypePartDefinition? TypePart(IResolveFieldContext resolve, PartSource source) =>
        GraphQLRequestContext.From(resolve).Definitions.FindType(source.Item.ContentType)?.FindPart(source.PartName);
}
