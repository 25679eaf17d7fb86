using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Querying;
using Cms.GraphQL.Fields;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Parts;
using Cms.GraphQL.Parts.ContainedPart;
using Cms.GraphQL.Parts.FlowPart;
using Cms.GraphQL.Parts.MenuItemsListPart;
using GraphQL.Types;

namespace Cms.GraphQL.Schema;

/// <summary>
/// The graph types of one content type: the object type named like it, its where input and its order-by
/// input. Parts are collapsed onto the item or exposed as a field named without "Part" (REFERENCE 1.7).
/// </summary>
internal sealed class ContentTypeGraph
{
    private const string PartSettings = "GraphQLContentTypePartSettings";

    private ContentTypeGraph(ContentTypeDefinition definition, SchemaBuildContext context)
    {
        Definition = definition;
        var name = definition.Name;
        Object = new ObjectGraphType
        {
            Name = name,
            Description = string.IsNullOrEmpty(definition.DisplayName) ? null : definition.DisplayName,
            IsTypeOf = value => value is ContentItem item && string.Equals(item.ContentType, name, StringComparison.Ordinal),
        };
        foreach (var field in CommonFields.Create(context))
        {
            Object.AddField(field);
        }

        // Checked on the spot, so only once the common fields are there.
        Object.AddResolvedInterface(context.ContentItem);

        Where = new WhereInputGraphType($"{name}WhereInput", $"the {name} content item filters");
        OrderBy = new OrderByInputGraphType($"{name}OrderByInput");
        AddMetadataFilters(context);
    }

    public ContentTypeDefinition Definition { get; }

    public ObjectGraphType Object { get; }

    public WhereInputGraphType Where { get; }

    public OrderByInputGraphType OrderBy { get; }

    public static ContentTypeGraph Build(ContentTypeDefinition definition, SchemaBuildContext context)
    {
        var graph = new ContentTypeGraph(definition, context);
        foreach (var part in definition.OrderedParts())
        {
            graph.AddPart(part, context);
        }

        ContainedPartGraph.AddContainerFields(graph.Object, definition, context);
        FlowMetadataGraph.AddTo(graph.Object, definition, context);
        MenuItemGraph.AddTo(graph.Object, definition, context);
        graph.Where.AddSearch(context.String);
        graph.Where.AddLogicalOperators();
        return graph;
    }

    private void AddMetadataFilters(SchemaBuildContext context)
    {
        (string Name, string Column, IGraphType Scalar, OperatorSet Operators)[] filters =
        [
            ("contentItemId", "ContentItemId", context.Id, OperatorSet.Id),
            ("contentItemVersionId", "ContentItemVersionId", context.Id, OperatorSet.Id),
            ("displayText", "DisplayText", context.String, OperatorSet.Text),
            ("createdUtc", "CreatedUtc", context.DateTime, OperatorSet.Comparable),
            ("modifiedUtc", "ModifiedUtc", context.DateTime, OperatorSet.Comparable),
            ("publishedUtc", "PublishedUtc", context.DateTime, OperatorSet.Comparable),
            ("owner", "Owner", context.String, OperatorSet.Text),
            ("author", "Author", context.String, OperatorSet.Text),
        ];
        foreach (var (name, column, scalar, operators) in filters)
        {
            Where.AddColumn(name, scalar, ContentColumn.Metadata(column), operators);
        }

        // Orchard declares published, latest and contentType here but does not order by them; clients may still send them.
        (string Name, string? Column)[] orderings =
        [
            ("contentItemId", "ContentItemId"), ("contentItemVersionId", "ContentItemVersionId"), ("contentType", null),
            ("displayText", "DisplayText"), ("published", null), ("latest", null), ("createdUtc", "CreatedUtc"),
            ("modifiedUtc", "ModifiedUtc"), ("publishedUtc", "PublishedUtc"), ("owner", "Owner"), ("author", "Author"),
        ];
        foreach (var (name, column) in orderings)
        {
            OrderBy.AddColumn(name, context.Direction, column is null ? null : ContentColumn.Metadata(column));
        }
    }

    private void AddPart(ContentTypePartDefinition part, SchemaBuildContext context)
    {
        if (SettingsReader.GetBool(part.Settings, PartSettings, "Hidden"))
        {
            return;
        }

        var kind = ContentPartGraphs.Find(part.PartName);
        var collapse = string.Equals(part.Name, Definition.Name, StringComparison.Ordinal) ||
            SettingsReader.GetBool(part.Settings, PartSettings, "Collapse", kind?.CollapsedByDefault ?? false);
        var preventCollision = collapse && SettingsReader.GetBool(part.Settings, PartSettings, "PreventFieldNameCollision");
        var members = new List<GraphMember>(kind?.Members(part, context) ?? []);
        var filters = new List<(string Name, FieldFilterShape Shape, ContentColumn Column)>();
        foreach (var field in context.Definitions.FindPart(part.PartName)?.OrderedFields() ?? [])
        {
            if (ContentFieldGraphs.Find(field.FieldName) is not { } fieldKind)
            {
                continue;
            }

            var graphName = preventCollision ? GraphNames.ForPart(part.Name) + GraphNames.Pascal(field.Name) : GraphNames.Camel(field.Name);
            if (!GraphNames.IsValid(graphName))
            {
                continue;
            }

            members.Add(fieldKind.CreateMember(graphName, field, context));
            if (fieldKind.Filter(context) is { } shape)
            {
                filters.Add((graphName, shape, ContentColumn.Field(shape.Kind, part.Name, field.Name)));
            }
        }

        if (members.Count == 0)
        {
            return;
        }

        if (collapse)
        {
            AddCollapsed(part, kind, members, filters, context);
        }
        else
        {
            AddNested(part, kind, members, filters, context);
        }
    }

    private void AddCollapsed(ContentTypePartDefinition part, IContentPartGraph? kind, List<GraphMember> members,
        List<(string Name, FieldFilterShape Shape, ContentColumn Column)> filters, SchemaBuildContext context)
    {
        var partName = part.Name;
        foreach (var member in members)
        {
            if (!HasFieldIgnoringCase(Object, member.Name))
            {
                Object.AddField(member.ToField(resolve => new PartSource((ContentItem)resolve.Source!, partName)));
            }
        }

        kind?.AddFilters(Where, OrderBy, part, context);
        foreach (var (name, shape, column) in filters)
        {
            Where.AddColumn(name, shape.Scalar, column, shape.Operators);
            OrderBy.AddColumn(name, context.Direction, column);
        }
    }

    private void AddNested(ContentTypePartDefinition part, IContentPartGraph? kind, List<GraphMember> members,
        List<(string Name, FieldFilterShape Shape, ContentColumn Column)> filters, SchemaBuildContext context)
    {
        var fieldName = GraphNames.ForPart(part.Name);
        if (HasFieldIgnoringCase(Object, fieldName))
        {
            return;
        }

        // Kinds share one type per part kind; dynamic parts one per part name, since a named part's fields are its own.
        var typeName = kind is null ? part.Name : part.PartName;
        var partType = context.Shared(typeName, () =>
        {
            var type = new ObjectGraphType { Name = typeName };
            foreach (var member in members)
            {
                type.AddField(member.ToField(resolve => (PartSource)resolve.Source!));
            }

            return type;
        });
        var partName = part.Name;
        Object.AddField(new FieldType
        {
            Name = fieldName,
            ResolvedType = partType,
            Resolver = DelegateResolver.Sync(resolve => new PartSource((ContentItem)resolve.Source!, partName)),
        });

        var where = context.Shared(kind is null ? $"{part.Name}WhereInput" : $"{part.PartName}Input", () =>
        {
            var input = new WhereInputGraphType(kind is null ? $"{part.Name}WhereInput" : $"{part.PartName}Input");
            var order = new OrderByInputGraphType(kind is null ? $"{part.Name}OrderByInput" : $"{part.PartName}OrderByInput");
            kind?.AddFilters(input, order, part, context);
            foreach (var (name, shape, column) in filters)
            {
                input.AddColumn(name, shape.Scalar, column, shape.Operators);
                order.AddColumn(name, context.Direction, column);
            }

            context.Shared(order.Name, () => order);
            return input;
        });
        var orderBy = context.Shared<OrderByInputGraphType>(kind is null ? $"{part.Name}OrderByInput" : $"{part.PartName}OrderByInput",
            () => throw new InvalidOperationException("The order-by input is created with its where input."));
        if (where.Bindings.Count > 0)
        {
            Where.AddNested(fieldName, where);
            OrderBy.AddNested(fieldName, orderBy);
        }
    }

    private static bool HasFieldIgnoringCase(ObjectGraphType type, string name) =>
        type.Fields.Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
