using Cms.Core.Definitions;
using Cms.Core.Querying;
using Cms.GraphQL.Limits;
using GraphQL.Types;

namespace Cms.GraphQL.Schema;

/// <summary>
/// Everything one schema build shares: the definitions, one instance of each scalar and enum (a schema
/// must not hold two types of one name), and the part and field types built so far, by name.
/// </summary>
internal sealed class SchemaBuildContext
{
    private readonly Dictionary<string, IGraphType> _shared = new(StringComparer.Ordinal);

    public SchemaBuildContext(ContentDefinitionDocument definitions, GraphQLOptions options)
    {
        Definitions = definitions;
        Options = options;
        ContentItem = new ContentItemInterfaceType(this);
        Status = new EnumerationGraphType { Name = "Status", Description = "publication status" };
        Status.Add("PUBLISHED", ContentStatus.Published, "published content item version");
        Status.Add("DRAFT", ContentStatus.Draft, "draft content item version");
        Status.Add("LATEST", ContentStatus.Latest, "the latest version, either published or draft");
        Status.Add("ALL", ContentStatus.All, "published and draft versions");
        Direction = new EnumerationGraphType { Name = "OrderByDirection", Description = "the order by direction" };
        Direction.Add("ASC", false, "orders content items in ascending order");
        Direction.Add("DESC", true, "orders content items in descending order");
    }

    public ContentDefinitionDocument Definitions { get; }

    public GraphQLOptions Options { get; }

    public ContentItemInterfaceType ContentItem { get; }

    public EnumerationGraphType Status { get; }

    public EnumerationGraphType Direction { get; }

    public StringGraphType String { get; } = new();

    public IdGraphType Id { get; } = new();

    public IntGraphType Int { get; } = new();

    public LongGraphType Long { get; } = new();

    public DecimalGraphType Decimal { get; } = new();

    public BooleanGraphType Boolean { get; } = new();

    public DateGraphType Date { get; } = new();

    public DateTimeGraphType DateTime { get; } = new();

    public TimeSpanGraphType TimeSpan { get; } = new();

    /// <summary>Object types per content type name, filled as types are built (bags and pickers resolve through them).</summary>
    public Dictionary<string, IObjectGraphType> ContentTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>A part or field graph type shared by every content type that uses it.</summary>
    public T Shared<T>(string name, Func<T> create)
        where T : IGraphType
    {
        if (_shared.TryGetValue(name, out var existing))
        {
            return (T)existing;
        }

        var created = create();
        _shared[name] = created;
        return created;
    }

    public IEnumerable<IGraphType> SharedTypes => _shared.Values;
}
