using System.Text.Json.Serialization;

namespace Cms.Core.Definitions;

/// <summary>
/// One change between two definition documents, with how many stored content items it touches. Type-level changes
/// name only <see cref="ContentType"/>; part-level ones the part's name in the type (<see cref="Part"/>) and the part
/// definitions before and after (<see cref="FromKind"/>, <see cref="ToKind"/>); field-level ones also the
/// <see cref="Field"/> and its kinds before and after. A field change of a part no type uses has no type.
/// </summary>
public sealed record ContentDefinitionChange(
    [property: JsonConverter(typeof(JsonStringEnumConverter<ContentDefinitionChangeKind>))] ContentDefinitionChangeKind Kind,
    string? ContentType,
    string? Part = null,
    string? PartDefinition = null,
    string? Field = null,
    string? FromKind = null,
    string? ToKind = null)
{
    /// <summary>
    /// Live content items (a latest or published version) the change touches: for a deleted type all its items, for a
    /// detached part, removed field or changed kind the items that hold a value there, for an added part or field the
    /// items that get it (empty), for a created type the stored items it makes reachable again.
    /// </summary>
    public int Items { get; init; }

    /// <summary>Whether the change makes stored values unreachable: a destructive kind that touches at least one item.</summary>
    public bool HidesData => Items > 0 && IsDestructive(Kind);

    /// <summary>The recipe whose step made the change; null outside recipes (the admin).</summary>
    public string? RecipeName { get; init; }

    /// <summary>0-based index of the step in its recipe, as in <c>$.steps[i]</c>; -1 outside recipes.</summary>
    public int StepIndex { get; init; } = -1;

    public string? StepName { get; init; }

    /// <summary>Where the recipe asks for the change, e.g. <c>$.steps[1].ContentParts[0]</c>.</summary>
    public string? JsonPath { get; init; }

    /// <summary>The ids of the items counted in <see cref="Items"/>, to count items once across changes.</summary>
    [JsonIgnore]
    internal IReadOnlySet<string> ItemIds { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public static bool IsDestructive(ContentDefinitionChangeKind kind) => kind is ContentDefinitionChangeKind.TypeDeleted
        or ContentDefinitionChangeKind.PartDetached or ContentDefinitionChangeKind.PartKindChanged
        or ContentDefinitionChangeKind.FieldRemoved or ContentDefinitionChangeKind.FieldKindChanged;

    /// <summary>The change as an operator reads it: "part 'Letter' detached from type 'Letter': 3 items hold values in it".</summary>
    public string Describe() => Kind switch
    {
        ContentDefinitionChangeKind.TypeCreated => $"type '{ContentType}' created" + (Items > 0 ? $": {Count} stored before {Become} reachable again" : ""),
        ContentDefinitionChangeKind.TypeDeleted => $"type '{ContentType}' deleted: {Count} hidden",
        ContentDefinitionChangeKind.PartAttached => $"part '{Part}' ({ToKind}) attached to type '{ContentType}': {Count} {Get} it empty",
        ContentDefinitionChangeKind.PartDetached => $"part '{Part}' ({FromKind}) detached from type '{ContentType}': {Count} {Hold} values in it",
        ContentDefinitionChangeKind.PartKindChanged =>
            $"part '{Part}' of type '{ContentType}' changed from {FromKind} to {ToKind}: {Count} {Hold} values of the old kind",
        ContentDefinitionChangeKind.FieldAdded => $"field '{FieldPath}' ({ToKind}) added{OfType}: {Count} {Get} it empty",
        ContentDefinitionChangeKind.FieldRemoved => $"field '{FieldPath}' ({FromKind}) removed{OfType}: {Count} {Hold} values in it",
        ContentDefinitionChangeKind.FieldKindChanged =>
            $"field '{FieldPath}' changed from {FromKind} to {ToKind}{OfType}: {Count} {Hold} values of the old kind",
        _ => Kind.ToString(),
    };

    private string Count => Items == 1 ? "1 item" : $"{Items} items";

    private string Hold => Items == 1 ? "holds" : "hold";

    private string Get => Items == 1 ? "gets" : "get";

    private string Become => Items == 1 ? "becomes" : "become";

    private string FieldPath => $"{Part}.{Field}";

    private string OfType => ContentType is null ? " (no type uses the part)" : $" in type '{ContentType}'";
}
