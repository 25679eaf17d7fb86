using Cms.Core.Indexing;
using Cms.Core.Storage;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Querying;

/// <summary>
/// The FROM and WHERE of a content query over the item index <c>i</c>, and its ordering keys. Conditions that can
/// drive a query are given in a shape the planner can start from: a route path or alias, or a field value compared
/// with a value (one type queried), is a join on its index; a look-up by item id keeps the flags and type off index
/// selection so the id index drives. Everything else is a condition on <c>i</c> (see <see cref="ContentFilterSql"/>).
/// </summary>
internal sealed class ContentQueryFrom
{
    private readonly ContentQuery _query;
    private readonly ISqlDialect _dialect;
    private readonly SqlParameters _parameters;
    private readonly ContentFilterSql _filters;
    private readonly List<string> _joins = [];
    private readonly List<ConditionFilter> _orderingRanges = [];
    private int _nextAlias;

    private ContentQueryFrom(ContentQuery query, ISqlDialect dialect, SqlParameters parameters)
    {
        _query = query;
        _dialect = dialect;
        _parameters = parameters;
        _filters = new ContentFilterSql(dialect, parameters);
    }

    /// <summary><c>ContentItemIndex i</c> and its joins.</summary>
    public string Tables { get; private set; } = "";

    public List<string> Conditions { get; } = [];

    public List<(string Expression, bool Descending)> Keys { get; } = [];

    /// <summary>The document id that breaks ties: the one of the ordering field's index row when one field orders.</summary>
    public string TieBreak { get; private set; } = "i.DocumentId";

    public static ContentQueryFrom Build(
        ContentQuery query, ISqlDialect dialect, SqlParameters parameters, bool forCount, DrivingFieldRange? drivingRange = null)
    {
        var from = new ContentQueryFrom(query, dialect, parameters);
        from.AddConditions(forCount, drivingRange);
        if (!forCount)
        {
            from.AddKeys();
        }

        from.Tables = ContentItemIndex + " i" + string.Concat(from._joins);
        return from;
    }

    private void AddConditions(bool forCount, DrivingFieldRange? drivingRange)
    {
        var conjuncts = _query.Where is { } where ? Conjuncts(where).ToList() : [];
        var byItemId = _query.ContentItemIds is not null || conjuncts.Exists(IsItemIdLookup) || drivingRange is not null;
        // Looked up by id (or from a range's few documents), a few rows match: the flags and the type must not steer the
        // planner to walking the type's rows in order (to save sorting those few) instead of looking the ids up.
        string Flag(string column) => byItemId ? _dialect.NotIndexed(column) : column;
        Conditions.Add(_query.Status switch
        {
            ContentStatus.Published => $"{Flag("i.Published")} = 1",
            ContentStatus.Latest => $"{Flag("i.Latest")} = 1",
            _ when byItemId => _query.Status == ContentStatus.Draft
                ? $"{Flag("i.Latest")} = 1 AND {Flag("i.Published")} = 0"
                : $"({Flag("i.Latest")} = 1 OR {Flag("i.Published")} = 1)",
            // As the partial indexes that serve them state them.
            ContentStatus.Draft => StatusConditions.On("i", StatusConditions.Draft),
            _ => StatusConditions.On("i", StatusConditions.All),
        });
        if (_query.ContentTypes.Count == 1)
        {
            Conditions.Add($"{Flag("i.ContentType")} = {_parameters.Add(_query.ContentTypes[0])}");
        }
        else if (_query.ContentTypes.Count > 1)
        {
            Conditions.Add($"{Flag("i.ContentType")} IN ({string.Join(", ", _query.ContentTypes.Select(t => _parameters.Add(t)))})");
        }

        if (_query.ContentItemIds is { } ids)
        {
            Conditions.Add(ids.Count == 0 ? "1 = 0" : $"i.ContentItemId IN ({string.Join(", ", ids.Select(id => _parameters.Add(id)))})");
        }

        if (_query.Cultures is { } cultures)
        {
            Conditions.Add(CulturePreferenceSql.Condition(cultures, _query.Status, _parameters));
        }

        if (conjuncts.Find(IsKeyLookup) is { } key)
        {
            conjuncts.Remove(key);
            _joins.Add(KeyJoin((ConditionFilter)key));
        }

        var fieldJoins = new Dictionary<FieldColumn, List<ConditionFilter>>();
        foreach (var conjunct in conjuncts)
        {
            if (!forCount && OrderingFieldRange.Fits(conjunct, _query))
            {
                _orderingRanges.Add((ConditionFilter)conjunct);
            }
            else if (drivingRange?.Holds(conjunct) == true)
            {
                continue;
            }
            else if (FieldJoin.Fits(conjunct, _query) is { } condition)
            {
                var field = (FieldColumn)condition.Column;
                if (!fieldJoins.TryGetValue(field, out var same))
                {
                    fieldJoins[field] = same = [];
                }

                same.Add(condition);
            }
            else
            {
                Conditions.Add(_filters.Filter(conjunct));
            }
        }

        foreach (var same in fieldJoins.Values)
        {
            _joins.Add(FieldJoin.On($"v{_nextAlias++}", same, _query.ContentTypes[0], _filters, _parameters));
        }

        if (drivingRange is not null)
        {
            Conditions.Add(drivingRange.InList($"r{_nextAlias++}", _query.ContentTypes[0], _filters, _parameters));
        }
    }

    private static IEnumerable<ContentFilter> Conjuncts(ContentFilter filter) =>
        filter is AndFilter and ? and.Filters.SelectMany(Conjuncts) : [filter];

    private static bool IsItemIdLookup(ContentFilter filter) =>
        filter is ConditionFilter { Column: MetadataColumn { Name: "ContentItemId" } } condition &&
        condition.Operator is FilterOperator.Equals or FilterOperator.In && condition.Value is not null;

    /// <summary>
    /// A route path or alias equal to (or in) given values: at most one index row per version, and few versions per
    /// value. As a join the store starts from that index (one look-up) instead of testing every row of the type for it.
    /// </summary>
    private static bool IsKeyLookup(ContentFilter filter) =>
        filter is ConditionFilter { Column: RoutePathColumn or AliasColumn } condition &&
        condition.Operator is FilterOperator.Equals or FilterOperator.In && condition.Value is not null;

    private string KeyJoin(ConditionFilter condition)
    {
        var alias = $"k{_nextAlias++}";
        return condition.Column is RoutePathColumn
            ? $" JOIN {AutoroutePartIndex} {alias} ON {alias}.DocumentId = i.DocumentId AND " +
              _filters.Compare($"{alias}.Path", condition.Operator, ContentQueryValues.NormalizePath(condition.Value))
            : $" JOIN {AliasPartIndex} {alias} ON {alias}.DocumentId = i.DocumentId AND " +
              _filters.Compare($"{alias}.Alias", condition.Operator, ContentQueryValues.Lower(condition.Value));
    }

    private void AddKeys()
    {
        string? lastFieldAlias = null;
        foreach (var order in _query.EffectiveOrder)
        {
            Keys.Add((OrderExpression(order.Column, ref lastFieldAlias), order.Descending));
        }

        // Ordered by one field, ties are broken on that field's index row, which holds the document id right after the
        // value: the store then walks the field's index in order and stops at the page, without sorting any row.
        if (_query.EffectiveOrder.Count == 1 && lastFieldAlias is { } alias)
        {
            TieBreak = alias + ".DocumentId";
        }
    }

    private string OrderExpression(ContentColumn column, ref string? lastFieldAlias)
    {
        var alias = $"o{_nextAlias++}";
        switch (column)
        {
            case MetadataColumn metadata:
                return "i." + ContentFilterSql.CheckMetadata(metadata.Name);
            case FieldColumn field:
                var (table, valueColumn) = ForFieldValue(field.Kind);
                var join = $" JOIN {table} {alias} ON {alias}.DocumentId = i.DocumentId" +
                    $" AND {alias}.ContentPart = {_parameters.Add(field.ContentPart)} AND {alias}.ContentField = {_parameters.Add(field.ContentField)}";
                // With the type, the planner can walk the field's value index in order instead of sorting every row.
                var scoped = _query.ContentTypes.Count == 1 ? join + $" AND {alias}.ContentType = {_parameters.Add(_query.ContentTypes[0])}" : join;
                _joins.Add(scoped + string.Concat(_orderingRanges.Select(r => " AND " + _filters.Compare($"{alias}.{valueColumn}", r.Operator, r.Value))));
                lastFieldAlias = alias;
                return $"{alias}.{valueColumn}";
            case RoutePathColumn:
                _joins.Add($" LEFT JOIN {AutoroutePartIndex} {alias} ON {alias}.DocumentId = i.DocumentId");
                return $"{alias}.Path";
            case AliasColumn:
                _joins.Add($" LEFT JOIN {AliasPartIndex} {alias} ON {alias}.DocumentId = i.DocumentId");
                return $"{alias}.Alias";
            case CultureColumn:
                _joins.Add($" LEFT JOIN {LocalizedContentItemIndex} {alias} ON {alias}.DocumentId = i.DocumentId");
                return $"{alias}.Culture";
            case ContainerColumn:
                _joins.Add($" LEFT JOIN {ContainedPartIndex} {alias} ON {alias}.DocumentId = i.DocumentId");
                return $"{alias}.ItemOrder";
            default:
                throw new ContentQueryException($"Items cannot be ordered by {column}.");
        }
    }
}
