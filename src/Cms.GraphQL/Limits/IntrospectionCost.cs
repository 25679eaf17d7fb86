using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Cms.GraphQL.Limits;

/// <summary>
/// Introspection (<c>__schema</c>, <c>__type</c>) answers with the schema, whose size does not depend on stored
/// content or page sizes: each selected field costs 1 and a type's member lists are not multiplied, so the standard
/// introspection query costs a few hundred. Only expanding members again beneath a member list
/// (<c>fields { type { fields } }</c>) multiplies the answer, by at most the widest type of the schema, and is costed so.
/// </summary>
internal static class IntrospectionCost
{
    // The lists of a type's own members; the standard query expands each of them once per type.
    private static readonly HashSet<string> MemberLists = new(StringComparer.Ordinal)
    {
        "fields", "inputFields", "enumValues", "interfaces", "possibleTypes",
    };

    private static readonly ConditionalWeakTable<ISchema, StrongBox<int>> WidestType = [];

    /// <summary>
    /// GraphQL.NET costs <c>__schema { types directives }</c> by the schema's size, which would make the cost of
    /// introspection grow with the content definitions; this model is put on them in its place.
    /// </summary>
    public static void ReplaceLibraryImpacts(ISchema schema)
    {
        if (schema.AllTypes["__Schema"] is IComplexGraphType introspection)
        {
            foreach (var name in (string[])["types", "directives"])
            {
                introspection.GetField(name)?.WithComplexityImpact(Impact);
            }
        }
    }

    public static bool Applies(FieldImpactContext context) =>
        context.FieldDefinition.Name is "__schema" or "__type" || IsIntrospectionName(context.ParentType.Name);

    public static FieldComplexityResult Impact(FieldImpactContext context)
    {
        if (!IsMemberList(context.FieldDefinition) || !HasMemberListAbove(context))
        {
            return new FieldComplexityResult(1, 1);
        }

        return new FieldComplexityResult(1, Widest(context.ValidationContext.Schema));
    }

    // A parent's context knows its field but not the type holding it: the member lists are the ones listing introspection types.
    private static bool IsMemberList(FieldType field) =>
        MemberLists.Contains(field.Name) && IsIntrospectionName(field.ResolvedType?.GetNamedType().Name);

    // Names starting with "__" are reserved for introspection.
    private static bool IsIntrospectionName(string? name) => name?.StartsWith("__", StringComparison.Ordinal) == true;

    private static bool HasMemberListAbove(FieldImpactContext context)
    {
        for (var parent = context.Parent; parent is { } above; parent = above.Parent)
        {
            if (IsMemberList(above.FieldDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most members (fields, input fields or enum values) any one type of the schema has.</summary>
    private static int Widest(ISchema schema) => WidestType.GetValue(schema, s => new StrongBox<int>(Math.Max(1, s.AllTypes
        .Select(type => type switch
        {
            IComplexGraphType complex => complex.Fields.Count,
            EnumerationGraphType enumeration => enumeration.Values.Count,
            _ => 0,
        })
        .DefaultIfEmpty(0)
        .Max()))).Value;
}
