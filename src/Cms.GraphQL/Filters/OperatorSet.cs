namespace Cms.GraphQL.Filters;

/// <summary>Which operator suffixes a filterable scalar gets (Orchard's WhereInputObjectGraphType rules).</summary>
internal enum OperatorSet
{
    /// <summary>String: equality, lists, contains, starts/ends with, and their negations.</summary>
    Text,

    /// <summary>ID: equality and lists.</summary>
    Id,

    /// <summary>Numbers, dates and times: equality, lists and comparisons.</summary>
    Comparable,

    /// <summary>Booleans and anything else: equality only.</summary>
    Equality,
}
