using Cms.Core.Indexing;

namespace Cms.Core.Querying;

/// <summary>Something an item can be filtered or ordered by.</summary>
public abstract record ContentColumn
{
    /// <summary>A column of the content item index: DisplayText, ContentItemId, ContentItemVersionId, ContentType, CreatedUtc, ModifiedUtc, PublishedUtc, Owner, Author.</summary>
    public static ContentColumn Metadata(string name) => new MetadataColumn(name);

    public static ContentColumn Field(FieldValueKind kind, string contentPart, string contentField) =>
        new FieldColumn(kind, contentPart, contentField);

    public static ContentColumn RoutePath { get; } = new RoutePathColumn();

    public static ContentColumn Alias { get; } = new AliasColumn();

    /// <summary>Items whose taxonomy fields hold a term (any field, or one field when part and field are given).</summary>
    public static ContentColumn TaxonomyTerm(string? contentPart = null, string? contentField = null) =>
        new TaxonomyTermColumn(contentPart, contentField);

    /// <summary>Items whose content picker field selects an item.</summary>
    public static ContentColumn PickedItem(string contentPart, string contentField) => new PickedItemColumn(contentPart, contentField);

    /// <summary>The item's culture (LocalizationPart.Culture); items without one have none.</summary>
    public static ContentColumn Culture { get; } = new CultureColumn();

    /// <summary>The item's localization set (LocalizationPart.LocalizationSet), shared by its translations.</summary>
    public static ContentColumn LocalizationSet { get; } = new LocalizationSetColumn();

    /// <summary>The list an item is contained in (ContainedPart.ListContentItemId); orders by ContainedPart.Order.</summary>
    public static ContentColumn Container { get; } = new ContainerColumn();
}

public sealed record MetadataColumn(string Name) : ContentColumn;

public sealed record FieldColumn(FieldValueKind Kind, string ContentPart, string ContentField) : ContentColumn;

public sealed record RoutePathColumn : ContentColumn;

public sealed record AliasColumn : ContentColumn;

public sealed record TaxonomyTermColumn(string? ContentPart, string? ContentField) : ContentColumn;

public sealed record PickedItemColumn(string ContentPart, string ContentField) : ContentColumn;

public sealed record ContainerColumn : ContentColumn;

public sealed record CultureColumn : ContentColumn;

public sealed record LocalizationSetColumn : ContentColumn;
