using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Parts.FlowPart;

/// <summary>
/// Widget types (stereotype Widget) get <c>metadata { size alignment }</c>: the widget's layout in its flow, read
/// from its <c>FlowMetadata</c> with Orchard's defaults (Justify, 100) when it has none.
/// </summary>
internal static class FlowMetadataGraph
{
    private const int DefaultSize = 100;
    private const string DefaultAlignment = "Justify";
    private static readonly string[] Alignments = ["Left", "Center", "Right", "Justify"];

    public static void AddTo(ObjectGraphType type, ContentTypeDefinition definition, SchemaBuildContext context)
    {
        if (!string.Equals(definition.TypeSettings.Stereotype, "Widget", StringComparison.Ordinal)
            || type.Fields.Any(f => string.Equals(f.Name, "metadata", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        type.AddField(new FieldType
        {
            Name = "metadata",
            ResolvedType = MetadataType(context),
            Resolver = DelegateResolver.Sync(resolve => ((ContentItem)resolve.Source!).Content["FlowMetadata"] as JsonObject ?? []),
        });
    }

    private static ObjectGraphType MetadataType(SchemaBuildContext context) => context.Shared("FlowMetadata", () =>
    {
        var alignment = context.Shared("FlowAlignment", () =>
        {
            var enumeration = new EnumerationGraphType { Name = "FlowAlignment", Description = "The widget alignment." };
            foreach (var name in Alignments)
            {
                enumeration.Add(name, name, $"{name} alignment.");
            }

            return enumeration;
        });
        var metadata = new ObjectGraphType { Name = "FlowMetadata" };
        metadata.AddField(new FieldType
        {
            Name = "size",
            ResolvedType = context.Int,
            Resolver = DelegateResolver.Sync(resolve => Size((JsonObject)resolve.Source!)),
        });
        metadata.AddField(new FieldType
        {
            Name = "alignment",
            ResolvedType = alignment,
            Resolver = DelegateResolver.Sync(resolve => Alignment((JsonObject)resolve.Source!)),
        });
        return metadata;
    });

    private static int? Size(JsonObject metadata) =>
        metadata["Size"] is JsonValue value && value.TryGetValue<int>(out var size) ? size : DefaultSize;

    /// <summary>Orchard writes the enum as its number (3) and reads its name ("Justify") too.</summary>
    private static string Alignment(JsonObject metadata) => metadata["Alignment"] switch
    {
        JsonValue value when value.TryGetValue<int>(out var index) && index >= 0 && index < Alignments.Length => Alignments[index],
        JsonValue value when value.TryGetValue<string>(out var name) && Alignments.FirstOrDefault(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)) is { } known => known,
        _ => DefaultAlignment,
    };
}
