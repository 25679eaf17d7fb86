using Cms.Core.Definitions;
using Cms.GraphQL.Schema;

namespace Cms.GraphQL.Fields;

/// <summary>How one field kind appears in GraphQL: its output member and, for indexed scalars, its filter shape.</summary>
internal interface IContentFieldGraph
{
    /// <summary>The FieldName used in definitions, e.g. "TextField".</summary>
    string FieldName { get; }

    GraphMember CreateMember(string graphName, ContentPartFieldDefinition field, SchemaBuildContext context);

    /// <summary>The filter and ordering shape; null when the kind has no value index.</summary>
    FieldFilterShape? Filter(SchemaBuildContext context);
}
