using Cms.Core.Storage;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Querying;

/// <summary>
/// Compiles filter trees to conditions on the item index row <c>i</c>: metadata columns compared in place, part and
/// field indexes as EXISTS sub-queries (set membership, so an item with several matching rows still counts once).
/// </summary>
internal sealed class ContentFilterSql
{
    private static readonly HashSet<string> MetadataColumns = new(StringComparer.Ordinal)
    {
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "CreatedUtc", "ModifiedUtc",
        "PublishedUtc", "Owner", "Author",
    };

    private readonly ISqlDialect _dialect;
    private readonly SqlParameters _parameters;
    private int _nextAlias;

    public ContentFilterSql(ISqlDialect dialect, SqlParameters parameters)
    {
        _dialect = dialect;
        _parameters = parameters;
    }

    public string Filter(ContentFilter filter) => filter switch
    {
        AndFilter and => and.Filters.Count == 0 ? "1 = 1" : "(" + string.Join(" AND ", and.Filters.Select(Filter)) + ")",
        OrFilter or => or.Filters.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", or.Filters.Select(Filter)) + ")",
        NotFilter not => $"NOT ({Filter(not.Filter)})",
        ConditionFilter condition => Condition(condition),
        SearchFilter search => ContentSearchIndexes.For(_dialect).MatchCondition(search.Query, search.Culture, _parameters),
        _ => throw new ContentQueryException($"Unknown filter {filter}."),
    };

    public static string CheckMetadata(string name) => MetadataColumns.Contains(name)
        ? name
        : throw new ContentQueryException($"'{name}' is not a content item column.");

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
                       $"AND {alias}.ContentPart = {_parameters.Add(field.ContentPart)} AND {alias}.ContentField = {_parameters.Add(field.ContentField)} " +
                       $"AND {Compare($"{alias}.{valueColumn}", condition.Operator, condition.Value)})";
            case RoutePathColumn:
                return Exists(AutoroutePartIndex, alias, "", $"{alias}.Path", condition.Operator, ContentQueryValues.NormalizePath(condition.Value));
            case AliasColumn:
                return Exists(AliasPartIndex, alias, "", $"{alias}.Alias", condition.Operator, ContentQueryValues.Lower(condition.Value));
            case CultureColumn:
                return Exists(LocalizedContentItemIndex, alias, "", $"{alias}.Culture", condition.Operator, condition.Value);
            case LocalizationSetColumn:
                return Exists(LocalizedContentItemIndex, alias, "", $"{alias}.LocalizationSet", condition.Operator, condition.Value);
            case ContainerColumn:
                return Exists(ContainedPartIndex, alias, "", $"{alias}.ListContentItemId", condition.Operator, condition.Value);
            case TaxonomyTermColumn term:
                var termScope = term.ContentPart is null ? "" :
                    $" AND {alias}.ContentPart = {_parameters.Add(term.ContentPart)} AND {alias}.ContentField = {_parameters.Add(term.ContentField)}";
                return Exists(TaxonomyIndex, alias, termScope, $"{alias}.TermContentItemId", condition.Operator, condition.Value);
            case PickedItemColumn picked:
                var pickedScope = $" AND {alias}.ContentPart = {_parameters.Add(picked.ContentPart)} AND {alias}.ContentField = {_parameters.Add(picked.ContentField)}";
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

    public string Compare(string column, FilterOperator op, object? value)
    {
        switch (op)
        {
            case FilterOperator.Equals:
                return value is null ? $"{column} IS NULL" : $"{column} = {_parameters.Add(value)}";
            case FilterOperator.NotEquals:
                return value is null ? $"{column} IS NOT NULL" : $"({column} IS NULL OR {column} <> {_parameters.Add(value)})";
            case FilterOperator.In:
                var inList = ContentQueryValues.Values(value);
                return inList.Count == 0 ? "1 = 0" : $"{column} IN ({string.Join(", ", inList.Select(_parameters.Add))})";
            case FilterOperator.NotIn:
                var notInList = ContentQueryValues.Values(value);
                return notInList.Count == 0 ? "1 = 1" : $"({column} IS NULL OR {column} NOT IN ({string.Join(", ", notInList.Select(_parameters.Add))}))";
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
                return $"{column} > {_parameters.Add(ContentQueryValues.Required(value, op))}";
            case FilterOperator.GreaterThanOrEqual:
                return $"{column} >= {_parameters.Add(ContentQueryValues.Required(value, op))}";
            case FilterOperator.LessThan:
                return $"{column} < {_parameters.Add(ContentQueryValues.Required(value, op))}";
            case FilterOperator.LessThanOrEqual:
                return $"{column} <= {_parameters.Add(ContentQueryValues.Required(value, op))}";
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
        var pattern = _parameters.Add(ContentQueryValues.Escape(value));
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
}
