using GraphQL.Types;

namespace Cms.GraphQL.Schema;

/// <summary>A schema built from one definitions version, with the types left out and why.</summary>
internal sealed record BuiltSchema(ISchema Schema, long Version, IReadOnlyDictionary<string, string> Excluded);
