using Cms.Core.Indexing;
using Cms.GraphQL.Filters;
using GraphQL.Types;

namespace Cms.GraphQL.Fields;

/// <summary>Which value index a field kind fills, the scalar its filters take, and the operators it gets.</summary>
internal sealed record FieldFilterShape(FieldValueKind Kind, IGraphType Scalar, OperatorSet Operators);
