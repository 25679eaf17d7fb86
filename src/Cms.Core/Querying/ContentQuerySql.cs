using System.Text;
using Cms.Core.Storage;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Querying;

/// <summary>
/// Compiles a <see cref="ContentQuery"/> to portable SQL over the index tables: conditions become
/// EXISTS sub-queries on the part and field indexes, orderings become joins on them, and keyset
/// paging a row comparison that honours the NULLS FIRST/LAST placement of each key.
/// </summary>
internal sealed class ContentQuerySql
{
    private static readonly HashSet<string> MetadataColumns = new(StringComparer.Ordinal)
    {
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "CreatedUtc", "ModifiedUtc",
        "PublishedUtc", "Owner", "Author",
    };

    private readonly ContentQuery _query;
    private readonly ISqlDialect _dialect;
    private readonly List<(string Name, object? Value)> _parameters = [];
    private readonly List<string> _keyJoins = [];
    private int _nextParameter;
    private int _nextAlias;
    private string _tieBreak = "i.DocumentId";
    private string? _lastFieldOrderAlias;

    private ContentQuerySql(ContentQuery query, ISqlDialect dialect)
    {
        _query = query;
        _dialect = dialect;
    }

    public static SqlText Select(ContentQuery query, ISqlDialect dialect) => new ContentQuerySql(query, dialect).BuildSelect();

    public static SqlText Count(ContentQuery query, ISqlDialect dialect) => new ContentQuerySql(query, dialect).BuildCount();

    private SqlText BuildSelect()
    {
        var joins = new List<string>();
        var keys = new List<(string Expression, bool Descending)>();
        foreach (var order in _query.EffectiveOrder)
        {
            keys.Add((OrderExpression(order.Column, joins), order.Descending));
        }

        // Ordered by one field, ties are broken on that field's index row, which holds the document id right after the
        // value: the store then walks the field's index in order and stops at the page, without sorting any row.
        if (_query.EffectiveOrder.Count == 1 && _lastFieldOrderAlias is { } alias)
        {
            _tieBreak = alias + ".DocumentId";
        }

        var conditions = Conditions();
        if (_query.After is { } after)
        {
            if (after.KeyValues.Count != keys.Count)
            {
                throw new ContentQueryException("The cursor was made for a different ordering.");
            }

            conditions.Add(KeysetCondition.After(keys, _tieBreak, after, Parameter));
        }

        var tieBreakDescending = keys[^1].Descending;
        var orderBy = keys.Select(k => k.Descending ? $"{k.Expression} DESC NULLS LAST" : $"{k.Expression} ASC NULLS FIRST")
            .Append(tieBreakDescending ? $"{_tieBreak} DESC" : $"{_tieBreak} ASC");
        var sql = new StringBuilder()
            .Append("SELECT d.Id, d.Content, i.DocumentVersion, i.DocumentId")
            .Append(string.Concat(keys.Select(k => ", " + k.Expression)))
            .Append(" FROM ").Append(ContentItemIndex).Append(" i").Append(string.Concat(_keyJoins)).Append(string.Concat(joins))
            .Append(" JOIN ").Append(Documents).Append(" d ON d.Id = i.DocumentId")
            .Append(" WHERE ").Append(string.Join(" AND ", conditions))
            .Append(" ORDER BY ").Append(string.Join(", ", orderBy));
        if (_query.Take is { } take)
        {
            // A literal, not a parameter: SQLite plans with the limit's value, so a statement whose limit is bound is
            // compiled again on every run, while with the number in its text it is compiled once per connection.
            sql.Append(" LIMIT ").Append(take.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (_query.Skip > 0)
            {
                sql.Append(" OFFSET ").Append(Parameter(_query.Skip));
            }
        }
        else if (_query.Skip > 0)
        {
            sql.Append(" LIMIT -1 OFFSET ").Append(Parameter(_query.Skip));
        }

        return new SqlText(sql.ToString(), _parameters);
    }

    private SqlText BuildCount()
    {
        var conditions = Conditions();
        return new SqlText(
            $"SELECT COUNT(*) FROM {ContentItemIndex} i{string.Concat(_keyJoins)} WHERE {string.Join(" AND ", conditions)}", _parameters);
    }

    private List<string> Conditions()
    {
        var conditions = new List<string>
        {
            _query.Status switch
            {
                ContentStatus.Published => "i.Published = 1",
                ContentStatus.Draft => "i.Latest = 1 AND i.Published = 0",
                ContentStatus.Latest => "i.Latest = 1",
                _ => "(i.Latest = 1 OR i.Published = 1)",
            },
        };
        if (_query.ContentTypes.Count == 1)
        {
            conditions.Add($"i.ContentType = {Parameter(_query.ContentTypes[0])}");
        }
        else if (_query.ContentTypes.Count > 1)
        {
            conditions.Add($"i.ContentType IN ({string.Join(", ", _query.ContentTypes.Select(t => Parameter(t)))})");
        }

        if (_query.ContentItemIds is { } ids)
        {
            conditions.Add(ids.Count == 0 ? "1 = 0" : $"i.ContentItemId IN ({string.Join(", ", ids.Select(id => Parameter(id)))})");
        }

        if (_query.Where is { } where)
        {
            var conjuncts = Conjuncts(where).ToList();
            var key = conjuncts.Find(IsKeyLookup);
            if (key is not null)
            {
                conjuncts.Remove(key);
                _keyJoins.Add(KeyJoin(key));
            }

            conditions.AddRange(conjuncts.Select(Filter));
        }

        return conditions;
    }

    private static IEnumerable<ContentFilter> Conjuncts(ContentFilter filter) =>
        filter is AndFilter and ? and.Filters.SelectMany(Conjuncts) : [filter];

    /// <summary>
    /// A route path or alias equal to (or in) given values: at most one index row per version, and few versions per
    /// value. As a join the store starts from that index (one look-up) instead of testing every row of the type for it.
    /// </summary>
    private static bool IsKeyLookup(ContentFilter filter) =>
        filter is ConditionFilter { Column: RoutePathColumn or AliasColumn } condition &&
        condition.Operator is FilterOperator.Equals or FilterOperator.In && condition.Value is not null;

    private string KeyJoin(ContentFilter filter)
    {
        var condition = (ConditionFilter)filter;
        var alias = $"k{_nextAlias++}";
        return condition.Column is RoutePathColumn
            ? $" JOIN {AutoroutePartIndex} {alias} ON {alias}.DocumentId = i.DocumentId AND " +
              Compare($"{alias}.Path", condition.Operator, ContentQueryValues.NormalizePath(condition.Value))
            : $" JOIN {AliasPartIndex} {alias} ON {alias}.DocumentId = i.DocumentId AND " +
              Compare($"{alias}.Alias", condition.Operator, ContentQueryValues.Lower(condition.Value));
    }

    private string OrderExpression(ContentColumn column, List<string> joins)
    {
        var alias = $"o{_nextAlias++}";
        switch (column)
        {
            case MetadataColumn metadata:
                return "i." + CheckMetadata(metadata.Name);
            case FieldColumn field:
                var (table, valueColumn) = ForFieldValue(field.Kind);
                joins.Add($" JOIN {table} {alias} ON {alias}.DocumentId = i.DocumentId" +
                    $" AND {alias}.ContentPart = {Parameter(field.ContentPart)} AND {alias}.ContentField = {Parameter(field.ContentField)}");
                if (_query.ContentTypes.Count == 1)
                {
                    // Lets the planner walk the field's value index in order instead of sorting every row.
                    joins.Add($" AND {alias}.ContentType = {Parameter(_query.ContentTypes[0])}");
                }

                _lastFieldOrderAlias = alias;
                return $"{alias}.{valueColumn}";
            case RoutePathColumn:
                joins.Add($" LEFT JOIN {AutoroutePartIndex} {alias} ON {alias}.DocumentId = i.DocumentId");
                return $"{alias}.Path";
            case AliasColumn:
                joins.Add($" LEFT JOIN {AliasPartIndex} {alias} ON {alias}.DocumentId = i.DocumentId");
                return $"{alias}.Alias";
            case ContainerColumn:
                joins.Add($" LEFT JOIN {ContainedPartIndex} {alias} ON {alias}.DocumentId = i.DocumentId");
                return $"{alias}.ItemOrder";
            default:
                throw new ContentQueryException($"Items cannot be ordered by {column}.");
        }
    }

    private string Filter(ContentFilter filter) => filter switch
    {
        AndFilter and => and.Filters.Count == 0 ? "1 = 1" : "(" + string.Join(" AND ", and.Filters.Select(Filter)) + ")",
        OrFilter or => or.Filters.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", or.Filters.Select(Filter)) + ")",
        NotFilter not => $"NOT ({Filter(not.Filter)})",
        ConditionFilter condition => Condition(condition),
        _ => throw new ContentQueryException($"Unknown filter {filter}."),
    };

    private string Condition(ConditionFilter condition)
    {
        var alias = $"f{_nextAlias++}";
        switch (condition.Column)
        {
            case MetadataColumn metadata:
                return Compare("i." + CheckMetadata(metadata.Name), condition.Operator, condition.Value);
            case FieldColumn field:
                var (table, valueColumn) = ForFieldValue(field.Kind);
                return $"EXISTS (SELECT 1 FROM {table} {alias} WHERE {alias}.DocumentId = i.DocumentId " +
                       $"AND {alias}.ContentPart = {Parameter(field.ContentPart)} AND {alias}.ContentField = {Parameter(field.ContentField)} " +
                       $"AND {Compare($"{alias}.{valueColumn}", condition.Operator, condition.Value)})";
            case RoutePathColumn:
                return Exists(AutoroutePartIndex, alias, "", $"{alias}.Path", condition.Operator, ContentQueryValues.NormalizePath(condition.Value));
            case AliasColumn:
                return Exists(AliasPartIndex, alias, "", $"{alias}.Alias", condition.Operator, ContentQueryValues.Lower(condition.Value));
            case ContainerColumn:
                return Exists(ContainedPartIndex, alias, "", $"{alias}.ListContentItemId", condition.Operator, condition.Value);
            case TaxonomyTermColumn term:
                var termScope = term.ContentPart is null ? "" :
                    $" AND {alias}.ContentPart = {Parameter(term.ContentPart)} AND {alias}.ContentField = {Parameter(term.ContentField)}";
                return Exists(TaxonomyIndex, alias, termScope, $"{alias}.TermContentItemId", condition.Operator, condition.Value);
            case PickedItemColumn picked:
                var pickedScope = $" AND {alias}.ContentPart = {Parameter(picked.ContentPart)} AND {alias}.ContentField = {Parameter(picked.ContentField)}";
                return Exists(ContentPickerFieldIndex, alias, pickedScope, $"{alias}.SelectedContentItemId", condition.Operator, condition.Value);
            default:
                throw new ContentQueryException($"Items cannot be filtered by {condition.Column}.");
        }
    }

    /// <summary>Set membership in a child index; negative operators become NOT EXISTS of the positive one.</summary>
    private string Exists(string table, string alias, string scope, string column, FilterOperator op, object? value)
    {
        var (positive, negate) = op switch
        {
            FilterOperator.NotEquals => (FilterOperator.Equals, true),
            FilterOperator.NotIn => (FilterOperator.In, true),
            FilterOperator.NotContains => (FilterOperator.Contains, true),
            FilterOperator.NotStartsWith => (FilterOperator.StartsWith, true),
            FilterOperator.NotEndsWith => (FilterOperator.EndsWith, true),
            _ => (op, false),
        };
        var exists = $"EXISTS (SELECT 1 FROM {table} {alias} WHERE {alias}.DocumentId = i.DocumentId{scope} AND {Compare(column, positive, value)})";
        return negate ? "NOT " + exists : exists;
    }

    private string Compare(string column, FilterOperator op, object? value)
    {
        switch (op)
        {
            case FilterOperator.Equals:
                return value is null ? $"{column} IS NULL" : $"{column} = {Parameter(value)}";
            case FilterOperator.NotEquals:
                return value is null ? $"{column} IS NOT NULL" : $"({column} IS NULL OR {column} <> {Parameter(value)})";
            case FilterOperator.In:
                var inList = ContentQueryValues.Values(value);
                return inList.Count == 0 ? "1 = 0" : $"{column} IN ({string.Join(", ", inList.Select(Parameter))})";
            case FilterOperator.NotIn:
                var notInList = ContentQueryValues.Values(value);
                return notInList.Count == 0 ? "1 = 1" : $"({column} IS NULL OR {column} NOT IN ({string.Join(", ", notInList.Select(Parameter))}))";
            case FilterOperator.Contains:
                return Like(column, value, anyBefore: true, anyAfter: true);
            case FilterOperator.StartsWith:
                return Like(column, value, anyBefore: false, anyAfter: true);
            case FilterOperator.EndsWith:
                return Like(column, value, anyBefore: true, anyAfter: false);
            case FilterOperator.NotContains:
                return $"({column} IS NULL OR NOT {Like(column, value, anyBefore: true, anyAfter: true)})";
            case FilterOperator.NotStartsWith:
                return $"({column} IS NULL OR NOT {Like(column, value, anyBefore: false, anyAfter: true)})";
            case FilterOperator.NotEndsWith:
                return $"({column} IS NULL OR NOT {Like(column, value, anyBefore: true, anyAfter: false)})";
            case FilterOperator.GreaterThan:
                return $"{column} > {Parameter(ContentQueryValues.Required(value, op))}";
            case FilterOperator.GreaterThanOrEqual:
                return $"{column} >= {Parameter(ContentQueryValues.Required(value, op))}";
            case FilterOperator.LessThan:
                return $"{column} < {Parameter(ContentQueryValues.Required(value, op))}";
            case FilterOperator.LessThanOrEqual:
                return $"{column} <= {Parameter(ContentQueryValues.Required(value, op))}";
            default:
                throw new ContentQueryException($"Unknown operator {op}.");
        }
    }

    /// <summary>
    /// The wildcards are joined to the parameter in SQL: SQLite compiles a statement again on every run when a LIKE's
    /// pattern is a bare parameter (its plan might depend on the value), but not when the pattern is an expression.
    /// </summary>
    private string Like(string column, object? value, bool anyBefore, bool anyAfter)
    {
        var pattern = Parameter(ContentQueryValues.Escape(value));
        if (anyBefore)
        {
            pattern = "'%' || " + pattern;
        }

        if (anyAfter)
        {
            pattern += " || '%'";
        }

        return _dialect.LikeInsensitive(column, pattern);
    }

    private string Parameter(object? value)
    {
        var name = $"@p{_nextParameter++}";
        _parameters.Add((name, value));
        return name;
    }

    private static string CheckMetadata(string name) => MetadataColumns.Contains(name)
        ? name
        : throw new ContentQueryException($"'{name}' is not a content item column.");
}
